// Shared checks for chart layouts.
import { expect } from 'vitest';
import type { RectMark, Scene, Size } from '../../../src/charts/scene';

export const sizes: readonly Size[] = [
  { width: 640, height: 480 },
  { width: 320, height: 320 },
];

export const visible = (m: { opacity: number }) => m.opacity > 0;

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
