// What a chart adds once a reader reaches it: the keyboard walk (./walk.ts) and sortable table
// columns (a button in each header cell, aria-sort on the cell; each column's type and its cells'
// keys worked out from what the cells say, by the rules of ./table-sort.ts). ./lazy-enhance.ts
// loads this module on the reader's first focus or press inside the chart, as a chunk of its own
// (Vite's for the pages, esbuild's for the script embed), so neither a page nor an embed carries it
// before it is used. Its code is its own: the chart's bundle imports neither walk.ts nor
// table-sort.ts, so the chunk holds nothing twice.
import { columnSorts, type SortType } from './table-sort';

export { mountWalk } from './walk';

type Direction = 'ascending' | 'descending';

interface Sorting {
  /** per column: how it sorts */
  types: SortType[];
  /** per row (in the table's own order): its key in each column ("" for an empty cell, sorted last) */
  keys: Map<HTMLTableRowElement, string[]>;
  /** per row: its place in the table's own order, for equal keys */
  at: Map<HTMLTableRowElement, number>;
}
const sortings = new WeakMap<HTMLTableElement, Sorting>();

/** Reads the table as it stands (its own order) and works out each column's type and keys. */
function readSorting(table: HTMLTableElement): Sorting {
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  const columns = [...(table.tHead?.rows[0]?.cells ?? [])].map((c) => c.textContent ?? '');
  const cells = rows.map((r) => [...r.cells].map((c) => c.textContent?.trim() ?? ''));
  const sorts = columnSorts({ caption: '', columns, rows: cells });
  return {
    types: sorts.map((s) => s.type),
    keys: new Map(rows.map((r, i) => [r, sorts.map((s, c) => s.keys[i] ?? cells[i]![c] ?? '')])),
    at: new Map(rows.map((r, i) => [r, i])),
  };
}

function sortBy(table: HTMLTableElement, th: HTMLTableCellElement, direction: Direction) {
  const column = th.cellIndex;
  const body = table.tBodies[0];
  const sorting = sortings.get(table);
  if (!body || !sorting) return;
  const numeric = sorting.types[column] === 'number';
  const sign = direction === 'ascending' ? 1 : -1;
  const rows = [...body.rows].map((row) => ({ row, key: sorting.keys.get(row)?.[column] ?? '', at: sorting.at.get(row) ?? 0 }));
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
    const sorting = readSorting(table);
    sortings.set(table, sorting);
    for (const th of table.tHead?.rows[0]?.cells ?? []) {
      const type = sorting.types[th.cellIndex];
      if (!type) continue;
      th.dataset.sortType = type;
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
