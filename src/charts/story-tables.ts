// The story's data tables, in the browser: each chart's tables are a file of their own
// (./tables-file.ts), fetched once the page has loaded and is idle, or when a reader opens a table
// first. Each table's place holds, until then (and without JavaScript), a link to the chart's own
// page, where the same table is. The file is fetched once however many blocks show the chart. The
// chart's root then hears TABLES_IN (its client marks the current rows and makes them sortable).
// Run by the story page (src/scrolly/main.ts): embeds have their tables in the page.
import { TABLES_IN } from './table';
import { afterLoadWhenIdle } from '../lib/idle';

const files = new Map<string, Promise<Record<string, string>>>();

function tablesFile(src: string): Promise<Record<string, string>> {
  let p = files.get(src);
  if (!p) {
    p = fetch(src)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<{ frames: Record<string, string> }>;
      })
      .then((f) => f.frames);
    // A failed fetch is tried again at the next opening of a table.
    p.catch(() => files.delete(src));
    files.set(src, p);
  }
  return p;
}

/** Puts the chart's tables in their places; resolves true if it put any there. */
export async function fillTables(root: HTMLElement, src: string): Promise<boolean> {
  if (!root.querySelector('[data-table-slot]')) return false;
  let frames: Record<string, string>;
  try {
    frames = await tablesFile(src);
  } catch (e) {
    console.warn('data tables:', e);
    return false;
  }
  let filled = false;
  for (const slot of root.querySelectorAll<HTMLElement>('[data-table-slot]')) {
    const html = frames[slot.dataset.tableSlot ?? ''];
    const table = html ? new DOMParser().parseFromString(html, 'text/html').querySelector('table') : null;
    if (!table) continue;
    // The place becomes the table's scrolling region; a reader on its link stays there.
    const focused = slot.contains(document.activeElement);
    slot.replaceChildren(document.importNode(table, true));
    slot.tabIndex = 0;
    slot.setAttribute('role', 'region');
    slot.setAttribute('aria-label', slot.dataset.regionLabel ?? `${root.querySelector('.chart__title')?.textContent}: data table`);
    delete slot.dataset.tableSlot;
    delete slot.dataset.regionLabel;
    if (focused) slot.focus();
    filled = true;
  }
  if (filled) root.dispatchEvent(new Event(TABLES_IN));
  return filled;
}

/** Every story chart's tables: at idle once the page has loaded, or at the opening of one before
 *  then (or after a failed fetch), or as the page is about to print (if they are here by then). */
export function bringStoryTables(): void {
  const roots = [...document.querySelectorAll<HTMLElement>('[data-chart][data-tables-src]')];
  const all = () => roots.forEach((root) => void fillTables(root, root.dataset.tablesSrc!));
  afterLoadWhenIdle(all);
  window.addEventListener('beforeprint', all);
  for (const root of roots)
    for (const d of root.querySelectorAll('details.chart__table')) d.addEventListener('toggle', () => void fillTables(root, root.dataset.tablesSrc!));
}
