// A chart's data tables in the browser: sortable columns (a button in each header cell, aria-sort on
// the cell) and the rows of the current state marked (aria-current, a caption sentence that says
// so). The build writes the keys (src/components/DataTable.astro); without this script the
// tables are plain. Works wherever the chart does: the story, the embed page, a shadow root.
import type { ChartState } from './scene';

type Direction = 'ascending' | 'descending';

const keyOf = (cell: Element | undefined) => {
  const el = cell as HTMLElement | undefined;
  const text = el?.dataset.sortValue ?? el?.textContent?.trim() ?? '';
  return text === '—' ? '' : text;
};

function sortBy(table: HTMLTableElement, th: HTMLTableCellElement, direction: Direction) {
  const column = th.cellIndex;
  const numeric = th.dataset.sortType === 'number';
  const body = table.tBodies[0];
  if (!body) return;
  const sign = direction === 'ascending' ? 1 : -1;
  const rows = [...body.rows].map((row) => ({ row, key: keyOf(row.cells[column]), at: Number(row.dataset.row ?? 0) }));
  rows.sort((a, b) => {
    // An empty cell goes last either way; equal keys keep the table's own order.
    if (!a.key || !b.key) return a.key ? -1 : b.key ? 1 : a.at - b.at;
    const d = numeric ? Number(a.key) - Number(b.key) : a.key.localeCompare(b.key);
    return d === 0 ? a.at - b.at : sign * d;
  });
  body.append(...rows.map((r) => r.row));
  for (const h of table.tHead?.rows[0]?.cells ?? []) if (h.dataset.sortType) h.setAttribute('aria-sort', h === th ? direction : 'none');
}

/** Gives every column of the root's tables a sort button (once). */
export function mountTables(root: HTMLElement): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table.data-table')) {
    if (table.dataset.sortable) continue;
    table.dataset.sortable = 'true';
    for (const th of table.tHead?.rows[0]?.cells ?? []) {
      if (!th.dataset.sortType) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'data-table__sort';
      button.append(...th.childNodes);
      th.append(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', () => sortBy(table, th, th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending'));
    }
  }
}

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
