// Ids that tie a figure in the prose to its sources: the source list's entries and each figure's popover.

/** The id of a source's entry in the source list: a figure links there when JavaScript is off. */
export function sourceEntryId(sourceId: string): string {
  return `source-${sourceId}`;
}
