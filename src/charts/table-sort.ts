// How each column of a data table sorts (src/charts/table.ts sorts it in the browser): by number
// where every filled cell starts with an amount ("28", "$5.9 billion", "22 (46%)", "about 40%"), by
// date where every filled cell is a date as the site writes it ("4 April 2025", "June 2025"), else
// as text. The browser works the keys out from the cells when it mounts a table, so the page carries
// none; the unit tests check these rules against every chart's table.
import type { DataTable } from './scene';

export type SortType = 'number' | 'date' | 'text';

const EMPTY = new Set(['', '—', '–', '-']);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const AMOUNT = /^(?:about |nearly |over )?\$?(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion)?\b/i;
const DATE = /^(?:(\d{1,2}) )?([A-Za-z]+) (\d{4})$/;

export const isEmptyCell = (text: string) => EMPTY.has(text.trim());

/** The number a cell starts with, scaled by its word ("$5.9 billion" → 5.9e9), or undefined. */
export function amountOf(text: string): number | undefined {
  const m = AMOUNT.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
}

/** "4 April 2025" → "2025-04-04"; a month alone sorts at mid-month, as the timeline places it. */
export function dateOf(text: string): string | undefined {
  const m = DATE.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) : -1;
  if (!m || month < 0) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(m[1] ?? 15).padStart(2, '0')}`;
}

export interface ColumnSort {
  type: SortType;
  /** per row: the key the browser sorts by ("" for an empty cell, sorted last); undefined for text (its words) */
  keys: (string | undefined)[];
}

/** Each column's sort type and its cells' keys. */
export function columnSorts(table: DataTable): ColumnSort[] {
  return table.columns.map((_, c) => {
    const cells = table.rows.map((r) => String(r[c] ?? ''));
    const filled = cells.filter((t) => !isEmptyCell(t));
    if (filled.length && filled.every((t) => dateOf(t) !== undefined)) return { type: 'date', keys: cells.map((t) => (isEmptyCell(t) ? '' : dateOf(t)!)) };
    if (filled.length && filled.every((t) => amountOf(t) !== undefined)) return { type: 'number', keys: cells.map((t) => (isEmptyCell(t) ? '' : String(amountOf(t)!))) };
    return { type: 'text', keys: cells.map((t) => (isEmptyCell(t) ? '' : undefined)) };
  });
}
