/** Runs `fn` once the page has loaded and the browser is idle (or `timeout` ms after load, whichever
 *  is first): for fetches a reader may need later (the story's source list and data tables). */
export function afterLoadWhenIdle(fn: () => void, timeout = 2000): void {
  const idle = () => (window.requestIdleCallback ? window.requestIdleCallback(() => fn(), { timeout }) : setTimeout(fn, 200));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
