// A chart's data tables in the browser: the rows of the current state marked (aria-current, a
// caption sentence that says so). Their sortable columns are in ./enhance.ts, loaded when the
// reader first reaches the chart, which works out each column's sort type and keys from the
// cells; without this script the tables are plain. Works wherever the chart does: the story, the embed
// page, a shadow root.
import type { ChartState } from './scene';

/** The event a chart root hears when its tables have come into it (the story's: ./story-tables.ts). */
export const TABLES_IN = 'chart-tables-in';

/** Marks the rows the state is about in each of the root's tables, and says so in the caption. */
export function markCurrentRows(root: HTMLElement, state: ChartState): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table.data-table')) {
    const rows = [...(table.tBodies[0]?.rows ?? [])];
    let marked = 0;
    for (const row of rows) {
      const current = (row.dataset.currentIn ?? '').split(' ').includes(state.id);
      if (current) {
        row.setAttribute('aria-current', 'true');
        marked++;
      } else row.removeAttribute('aria-current');
    }
    const note = table.querySelector<HTMLElement>('[data-current-note]');
    if (!note) continue;
    note.hidden = marked === 0;
    note.textContent = marked === 0 ? '' : `Highlighted for the chart’s view “${state.label}”: ${marked === rows.length ? 'every row' : marked === 1 ? '1 row' : `${marked} rows`}.`;
  }
}
