import { describe, expect, it } from 'vitest';
import { activeStepIndex, TRIGGER_OFFSET } from '../../src/scrolly/active-step';

const steps = (...tops: number[]) => tops.map((top) => ({ top }));

describe('activeStepIndex', () => {
  const trigger = 400;

  it('picks the last step whose top has passed the trigger line', () => {
    expect(activeStepIndex(steps(-900, -300, 120, 650, 1400), trigger)).toBe(2);
    expect(activeStepIndex(steps(-900, 380, 399, 401), trigger)).toBe(2);
  });

  it('counts a step whose top is exactly on the trigger line as passed', () => {
    expect(activeStepIndex(steps(-100, 400, 800), trigger)).toBe(1);
  });

  it('is 0 when no step has reached the line yet (the reader is above the block)', () => {
    expect(activeStepIndex(steps(500, 1200, 1900), trigger)).toBe(0);
  });

  it('is the last step when every step has passed (the reader is below the block)', () => {
    expect(activeStepIndex(steps(-3000, -2000, -1000, -10), trigger)).toBe(3);
  });

  it('depends on position only: a fast jump gives the destination, not an intermediate step', () => {
    const layout = [0, 700, 1400, 2100, 2800];
    const at = (scrollY: number) => activeStepIndex(steps(...layout.map((t) => t - scrollY)), trigger);
    // tops minus scroll, against the line at 400: a step is active once scrollY >= its top - 400
    expect(at(0)).toBe(0);
    expect(at(2500)).toBe(4); // jump to the end: 2800 - 2500 = 300 <= 400
    expect(at(1000)).toBe(2); // jump back up: 1400 - 1000 = 400, on the line
    expect(at(999)).toBe(1);
    expect(at(0)).toBe(0);
  });

  it('handles a single step and no steps', () => {
    expect(activeStepIndex(steps(900), trigger)).toBe(0);
    expect(activeStepIndex(steps(-900), trigger)).toBe(0);
    expect(activeStepIndex([], trigger)).toBe(0);
  });

  it('puts the trigger line a little below the middle of the viewport', () => {
    expect(TRIGGER_OFFSET).toBeGreaterThan(0);
    expect(TRIGGER_OFFSET).toBeLessThan(1);
  });
});
