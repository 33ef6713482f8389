/** Ends the current task: resolves in a new one, after the browser has had its turn to paint and
 *  handle input (scheduler.yield where the browser has it, a zero-delay timeout elsewhere). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
