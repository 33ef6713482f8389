// Which step of a block is "in view", from geometry alone: the last step whose top has passed the
// trigger line. Any callback, from any cause (fast scroll, anchor jump, reload mid-page), gets the
// same answer for the same scroll position, so the chart state is a function of position.

export interface StepBox {
  top: number;
}

/** Index of the active step, given the steps' tops relative to the viewport and the trigger line. */
export function activeStepIndex(steps: readonly StepBox[], triggerY: number): number {
  let active = 0;
  for (let i = 0; i < steps.length; i++) {
    if ((steps[i]?.top ?? Infinity) <= triggerY) active = i;
    else break;
  }
  return active;
}

/** The trigger line sits this far down the viewport (scrollama's offset). On phones the pinned chart
 *  ends above it (--pin-bottom in base.css, 48svh), so a step that has arrived is read below its chart;
 *  the step buttons land a step 10% above the line, still clear of the chart. */
export const TRIGGER_OFFSET = 0.6;
