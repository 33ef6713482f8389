// A step's tools row ("Sources", "Copy link to this step" and the line that says the link was
// copied) is written by the scripts that fill it, not by the build: without JavaScript none of its
// tools would work, so the page carries none of it (issue 19: one row less per step). Whichever
// script comes first makes the row, in the step's box after its text; the other finds it. The
// page's script makes every step's row before anything measures the steps (src/scrolly/main.ts).
/** The step's tools row, made on first use: <p class="step__tools"><button data-copy-step-link>… <span role="status">. */
export function stepTools(step: HTMLElement): HTMLElement | null {
  const found = step.querySelector<HTMLElement>('.step__tools');
  if (found) return found;
  const box = step.querySelector<HTMLElement>('.step__box');
  if (!box) return null;
  const tools = document.createElement('p');
  tools.className = 'step__tools';
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'step__link';
  copy.dataset.copyStepLink = '';
  copy.textContent = 'Copy link to this step';
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.dataset.copyStepStatus = '';
  tools.append(copy, status);
  box.append(tools);
  return tools;
}

/** Every scrolly step's tools row, made now: before the scroll model measures where the steps are. */
export function addStepTools(): void {
  for (const step of document.querySelectorAll<HTMLElement>('[data-scrolly] [data-step]')) stepTools(step);
}
