// Ids that tie a figure in the prose to its sources: the source list's entries and each figure's popover.

/** The id of a source's entry in the source list: a figure links there when JavaScript is off. */
export function sourceEntryId(sourceId: string): string {
  return `source-${sourceId}`;
}

// A running count per fact key, so two citations of the same figure get different popover ids.
// Counting for the whole build (not per page) keeps ids unique on every page at no cost.
const seen = new Map<string, number>();
export function nextCitationIndex(key: string): number {
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return n;
}
