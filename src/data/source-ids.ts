// Ids that tie a figure in the prose to its sources: the entries of the source list (on a page of its
// own, paths.sources() in src/lib/urls.ts, so the story's HTML carries no list: issue 19) and the card.

/** The id of a source's entry in the source list: a figure links there when JavaScript is off. */
export function sourceEntryId(sourceId: string): string {
  return `source-${sourceId}`;
}

/** The story's one source card (a popover), which every figure fills from the list's entries and opens. */
export const SOURCE_CARD_ID = 'source-card';
