// Geometry checks for the timeline's tests: boxes, empty bands, and labels measured with the real
// font (not with the layout's own estimate), so a label that really overflows or collides fails.
import { expect } from 'vitest';
import type { RectMark, Scene, Size, TextLabel } from '../scene';
import { labelPx, sharedLabels, type LabelKind } from '../../styles/chart-style';
import { imageFontsReady } from '../../images/render-png';
import { FONT_PX, type LabelBox } from './layout';
import { style } from './style';

export const boxesOverlap = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
export const markBox = (m: RectMark): LabelBox => ({ x0: m.x, x1: m.x + m.width, y0: m.y, y1: m.y + m.height });

/** The largest stretch of the canvas, along one axis, that nothing drawn (marks, labels) covers. */
export function largestEmptyBand(boxes: LabelBox[], axis: 'x' | 'y', extent: number): number {
  const spans = boxes.map((b) => (axis === 'y' ? [b.y0, b.y1] : [b.x0, b.x1]) as [number, number]).sort((a, b) => a[0] - b[0]);
  let reach = 0;
  let largest = 0;
  for (const [from, to] of spans) {
    largest = Math.max(largest, from - reach);
    reach = Math.max(reach, to);
  }
  return Math.max(largest, extent - reach);
}

// Labels measured with the real font (Inter, at the weight the style gives each kind), not with
// the layout's own estimate (labelBox), so a label that really overflows fails here.
const inter = (await imageFontsReady()).find((f) => f.face.familyName === 'Inter')!.face;
const kinds: Record<string, LabelKind> = { ...sharedLabels, ...style.labels };
export function measuredBox(l: TextLabel): LabelBox {
  const px = labelPx(l.variant, style);
  const weight = kinds[l.variant ?? '']?.weight ?? 400;
  const face = (inter as unknown as { getVariation(v: Record<string, number>): typeof inter }).getVariation({ wght: weight });
  const w = (face.layout(l.text).advanceWidth / face.unitsPerEm) * px;
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x0, x1: x0 + w, y0: l.y - px * 0.73, y1: l.y + px * 0.2 };
}

/** Every label has a known size of at least 12px, lies inside the box, and overlaps no other label and no mark. */
export function expectCleanLabels(s: Scene, size: Size) {
  const boxes = s.labels.map((l) => ({ l, b: measuredBox(l) }));
  for (const { l, b } of boxes) {
    const px = FONT_PX[l.variant as keyof typeof FONT_PX];
    expect(px, `${l.key} has a known font size`).toBeDefined();
    expect(px, l.key).toBeGreaterThanOrEqual(12);
    expect(b.x0, `${l.key} "${l.text}"`).toBeGreaterThanOrEqual(0);
    expect(b.x1, `${l.key} "${l.text}"`).toBeLessThanOrEqual(size.width);
    expect(b.y0, l.key).toBeGreaterThanOrEqual(0);
    expect(b.y1, l.key).toBeLessThanOrEqual(size.height);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(boxesOverlap(boxes[i]!.b, boxes[j]!.b), `${boxes[i]!.l.key} "${boxes[i]!.l.text}" / ${boxes[j]!.l.key} "${boxes[j]!.l.text}"`).toBe(false);
    }
    for (const m of s.marks) expect(boxesOverlap(boxes[i]!.b, markBox(m)), `${boxes[i]!.l.key} / mark ${m.key}`).toBe(false);
  }
}
