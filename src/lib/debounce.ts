// A trailing debounce: `fn` runs once, `ms` after the last call, with that call's arguments. Used so
// the live region speaks once the reader settles, never once per step a fast scroll passes.

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** drop a pending call */
  cancel(): void;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, ms);
  };
  return Object.assign(call, {
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  });
}
