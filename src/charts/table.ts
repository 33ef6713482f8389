// A chart's data tables in the browser: sortable columns (a button in each header cell, aria-sort on
// the cell) and the rows of the current state marked (aria-current, a caption sentence that says
// so). Each column's sort type and its cells' keys are worked out here, when the table is mounted,
// from what its cells say, by the same rules the build's tests check (src/charts/table-sort.ts), so
// the page carries no key per cell; without this script the tables are plain. Works wherever the
// chart does: the story, the embed page, a shadow root.
import type { ChartState } from './scene';
import { columnSorts, type SortType } from './table-sort';

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
  const numeric = th.dataset.sortType === 'number';
  const body = table.tBodies[0];
  const sorting = sortings.get(table);
  if (!body || !sorting) return;
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
