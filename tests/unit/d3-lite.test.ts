// The stand-ins for d3-array and d3-ease (src/charts/d3-lite.mjs aliases them into the browser
// bundles) give the same numbers as d3 itself, which the unit tests and snapshots run on.
import { describe, expect, it } from 'vitest';
import { nice, ticks, tickIncrement } from 'd3-array';
// d3-ease has no types installed; only d3-transition, which bundles it, needs it.
// @ts-expect-error TS7016: no declaration file for 'd3-ease'
import { easeCubicInOut } from 'd3-ease';
import * as lite from '../../src/charts/d3-array-lite';
import { easeCubicInOut as liteEase } from '../../src/charts/d3-ease-lite';

const bounds: [number, number][] = [];
for (const stop of [0, 0.3, 1, 7, 9.99, 10, 13, 48, 99, 134, 1000, 2.5e9, 5.9e9, -3, -120]) for (const start of [0, -1, 0.1, 5, 2020]) bounds.push([start, stop]);

describe('d3-array-lite', () => {
  it('gives d3-array’s ticks, tick increments and nice bounds', () => {
    for (const [start, stop] of bounds) {
      for (const count of [0, 1, 3, 4, 5, 10, 0.5, NaN]) {
        expect(lite.ticks(start, stop, count), `ticks(${start}, ${stop}, ${count})`).toEqual(ticks(start, stop, count));
        expect(lite.tickIncrement(start, stop, count), `tickIncrement(${start}, ${stop}, ${count})`).toEqual(tickIncrement(start, stop, count));
        expect(lite.nice(start, stop, count), `nice(${start}, ${stop}, ${count})`).toEqual(nice(start, stop, count));
      }
    }
  });
});

describe('d3-ease-lite', () => {
  it('is d3-ease’s cubicInOut', () => {
    for (let t = 0; t <= 1; t += 1 / 64) expect(liteEase(t)).toBe((easeCubicInOut as (t: number) => number)(t));
  });
});
