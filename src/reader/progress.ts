// Reading progress (0–100 over the story's main text) and the chapter in view, updated once a frame.
export function storyProgress(scrollY: number, viewport: number, start: number, end: number): number {
  const span = end - start - viewport;
  if (span <= 0) return 100;
  return Math.round(Math.min(100, Math.max(0, ((scrollY - start) / span) * 100)));
}

/** Index of the chapter whose top has passed the reading line (the last such), or -1 before the first. */
export function currentChapter(tops: number[], line: number): number {
  let current = -1;
  tops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  return current;
}
