// A chart's data as a plain table, as HTML: written into the embed pages, and into the file the
// story's charts fetch their tables from (./tables-file.ts). Each row says the states it is about
// (data-current-in). The chart's client works out how each column sorts from what its cells say
// (./table-sort.ts), adds the sort buttons and marks the current rows (./table.ts); without it, a
// plain table.
import { escapeMarkup as esc } from '../lib/escape';
import type { DataTable } from './scene';

/**
 * @param current per row key: the states (of those the figure shows) that are about that row
 */
export function dataTableHtml(table: DataTable, source: string, current?: Map<string, string[]>): string {
  const currentIn = (i: number) => {
    const key = table.keys?.[i];
    const states = key === undefined ? undefined : current?.get(key);
    return states?.length ? ` data-current-in="${esc(states.join(' '))}"` : '';
  };
  const head = table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const body = table.rows
    .map((row, r) => `<tr${currentIn(r)}>${row.map((cell, i) => (i === 0 ? `<th scope="row">${esc(String(cell))}</th>` : `<td>${esc(String(cell))}</td>`)).join('')}</tr>`)
    .join('');
  return (
    `<table class="data-table"><caption>${esc(table.caption)}<span class="data-table__current-note" data-current-note hidden></span></caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody>` +
    `<tfoot><tr><td colspan="${table.columns.length}">Source: ${esc(source)}</td></tr></tfoot></table>`
  );
}
