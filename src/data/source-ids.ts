// Ids that tie a figure in the prose to its sources: the source list's entries and the source card.

/** The id of a source's entry in the source list: a figure links there when JavaScript is off. */
export function sourceEntryId(sourceId: string): string {
  return `source-${sourceId}`;
}

/** The page's one source card (a popover), which every figure fills from the list's entries and opens. */
export const SOURCE_CARD_ID = 'source-card';
