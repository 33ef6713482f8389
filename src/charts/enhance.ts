// What a chart adds once a reader reaches it: the keyboard walk (./walk.ts) and sortable table
// columns (a button in each header cell, aria-sort on the cell; the build writes the keys,
// src/components/DataTable.astro). ./lazy-enhance.ts loads this module on the reader's first focus
// or press inside the chart, as a chunk of its own (Vite's for the pages, esbuild's for the script
// embed), so neither a page nor an embed carries it before it is used. It imports no code the
// chart's own bundle has (types only), so the chunk holds nothing twice.
export { mountWalk } from './walk';

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
