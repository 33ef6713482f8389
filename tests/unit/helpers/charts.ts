// Shared checks for chart layouts.
import { expect } from 'vitest';
import type { RectMark, Scene, Size } from '../../../src/charts/scene';

export const sizes: readonly Size[] = [
  { width: 640, height: 480 },
  { width: 320, height: 320 },
];

export const visible = (m: { opacity?: number }) => (m.opacity ?? 1) > 0;

/** Canvases the story and the embeds give a chart: phone pinned, tablet, desktop, embed. */
export const fillSizes: readonly Size[] = [
  { width: 343, height: 300 },
  { width: 375, height: 260 },
  { width: 600, height: 450 },
  { width: 640, height: 440 },
  { width: 720, height: 560 },
];

/** Every visible mark lies inside the scene's box (a hair of float slack). */
export function expectMarksInside(scene: Scene, where: string): void {
  const { width, height } = scene.size;
  const eps = 1e-6;
  for (const m of scene.marks.filter(visible)) {
    const at = `${where}: mark ${m.key} (x ${m.x}, y ${m.y}, w ${m.width}, h ${m.height})`;
    expect(Number.isFinite(m.x) && Number.isFinite(m.y) && Number.isFinite(m.width) && Number.isFinite(m.height), at).toBe(true);
    expect(m.width, at).toBeGreaterThanOrEqual(0);
    expect(m.height, at).toBeGreaterThanOrEqual(0);
    expect(m.x, at).toBeGreaterThanOrEqual(-eps);
    expect(m.y, at).toBeGreaterThanOrEqual(-eps);
    expect(m.x + m.width, at).toBeLessThanOrEqual(width + eps);
    expect(m.y + m.height, at).toBeLessThanOrEqual(height + eps);
  }
}

export function expectUniqueKeys(items: { key: string }[], where: string): void {
  const keys = items.map((m) => m.key);
  expect(new Set(keys).size, `${where}: duplicate keys in ${keys.join(',')}`).toBe(keys.length);
}

export function countBy(marks: RectMark[], field: 'series' | 'variant'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of marks) {
    const k = String(m[field]);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** Two visible rectangles overlap by more than float slack. */
export function overlaps(a: RectMark, b: RectMark): boolean {
  const eps = 1e-6;
  return a.x < b.x + b.width - eps && b.x < a.x + a.width - eps && a.y < b.y + b.height - eps && b.y < a.y + a.height - eps;
}

/**
 * The empty margin on each side of a scene, as a share of the canvas: from the canvas edge to the
 * nearest mark or label. Labels count by their anchor point and an estimated height (their text
 * width cannot be known without a font, so only their vertical extent and anchor are used).
 */
export function emptyBands(scene: Scene): { top: number; bottom: number; left: number; right: number } {
  const { width, height } = scene.size;
  const boxes = [
    ...scene.marks.filter(visible).map((m) => ({ x0: m.x, y0: m.y, x1: m.x + m.width, y1: m.y + m.height })),
    ...scene.labels.filter(visible).filter((l) => l.text).map((l) => ({ x0: l.x, y0: l.y - 12, x1: l.x, y1: l.y + 3 })),
  ];
  const x0 = Math.min(...boxes.map((b) => b.x0));
  const x1 = Math.max(...boxes.map((b) => b.x1));
  const y0 = Math.min(...boxes.map((b) => b.y0));
  const y1 = Math.max(...boxes.map((b) => b.y1));
  return { top: Math.max(0, y0) / height, bottom: Math.max(0, height - y1) / height, left: Math.max(0, x0) / width, right: Math.max(0, width - x1) / width };
}
