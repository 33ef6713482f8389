// Which step of a block is "in view", from geometry alone: the last step whose top has passed the
// trigger line. Any callback, from any cause (fast scroll, anchor jump, reload mid-page), gets the
// same answer for the same scroll position, so the chart state is a function of position.

export interface StepBox {
  top: number;
}

/** Index of the last top at or above `line`, or -1 when none has reached it. */
export function lastPassed(tops: readonly number[], line: number): number {
  let last = -1;
  for (let i = 0; i < tops.length; i++) {
    if ((tops[i] ?? Infinity) <= line) last = i;
    else break;
  }
  return last;
}

/** Index of the active step, given the steps' tops relative to the viewport and the trigger line. */
export function activeStepIndex(steps: readonly StepBox[], triggerY: number): number {
  return Math.max(0, lastPassed(steps.map((s) => s.top), triggerY));
}

/** The trigger line sits this far down the viewport (scrollama's offset); defined with the pinned
 *  chart's foot (--pin-bottom) in src/styles/layout-constants.ts. The step buttons land a step 10%
 *  above the line, still clear of the chart. */
import { TRIGGER_OFFSET } from '../styles/layout-constants';
export { TRIGGER_OFFSET };

/** The trigger line's distance from the top of a viewport `height` tall; with `top`, of the part
 *  of it below `top` (a host page's pinned chart ends there). */
export const triggerY = (height: number, top = 0) => top + (height - top) * TRIGGER_OFFSET;

/** Reading progress (0–100) over the span from `start` to `end` (page coordinates). */
export function storyProgress(scrollY: number, viewport: number, start: number, end: number): number {
  const span = end - start - viewport;
  if (span <= 0) return 100;
  return Math.round(Math.min(100, Math.max(0, ((scrollY - start) / span) * 100)));
}
