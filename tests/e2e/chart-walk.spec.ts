// A keyboard reader can reach every mark of every chart in every state and hear its value: the chart
// is one tab stop; Down enters groups, then marks; Left/Right move between neighbours; Home/End jump;
// Up and Escape come back. Checked against the marks the chart actually draws, at a phone's width.
// Where each key press left focus is noted in the page as its key comes up, so a group's run of
// presses is read back once rather than after every press.
import { expect, test, type Page } from '@playwright/test';
import { charts, expectSettled } from './helpers/registry';

/** A key press and where it left focus: the walk stop's id and its accessible name. */
type Press = [key: string, walk: string, name: string];
interface Focus {
  /** every key press since the last read, in order */
  log: Press[];
  walk: string;
  name: string;
  setsize: number;
}
/** Where focus is now, and the presses since the last call (the log starts again). */
const readFocus = (page: Page) =>
  page.evaluate((): Focus => {
    const w = window as unknown as { keyLog: Press[] };
    const el = document.activeElement as HTMLElement | null;
    const log = w.keyLog;
    w.keyLog = [];
    return { log, walk: el?.dataset.walk ?? '', name: el?.getAttribute('aria-label') ?? '', setsize: Number(el?.getAttribute('aria-setsize') ?? 0) };
  });

test.use({ viewport: { width: 375, height: 667 } });

for (const chart of charts) {
  test(`${chart.id}: every mark of every state is reached by keyboard and named with its value`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { keyLog: [string, string, string][] };
      w.keyLog = [];
      // A key's focus move happens in its keydown; its keyup comes after, where focus landed.
      document.addEventListener(
        'keyup',
        (e) => {
          const t = document.activeElement as HTMLElement | null;
          w.keyLog.push([e.key, t?.dataset.walk ?? '', t?.getAttribute('aria-label') ?? '']);
        },
        true,
      );
    });
    for (const state of chart.states) {
      await page.goto(`./embed/${chart.id}/?state=${state}`);
      const root = page.locator('[data-chart]');
      await expectSettled(root, state);
      // What the chart draws: its visible marks, by key, with the values they encode; and its title.
      const { drawn, title } = await root.evaluate((r) => ({
        drawn: [...r.querySelectorAll('svg [data-series]')]
          .filter((m) => Number(getComputedStyle(m).opacity) > 0)
          .map((m) => ({ key: m.getAttribute('data-key')!, value: m.getAttribute('data-value') })),
        title: r.querySelector('.chart__title')!.textContent!.trim(),
      }));
      // One tab stop: from the top of the page, Tab reaches the chart's walk, named for the chart and state.
      await page.keyboard.press('Tab');
      const start = await readFocus(page);
      expect(start.walk, `${state}: first Tab stop`).toBe('chart');
      expect(start.name).toContain(title);
      // The keys are said once, as the chart's description when it gets focus, not in browse mode.
      await expect(page.locator('[data-walk="chart"]')).toHaveAccessibleDescription(/press Down/);
      await expect(root.locator('[data-walk-hint]')).toBeHidden();
      const reached = new Map<string, string>();
      await page.keyboard.press('ArrowDown');
      // The walk loads on the chart's first focus; a key pressed meanwhile lands once it has come.
      let group = '';
      await expect.poll(async () => (group = (await readFocus(page)).walk)).toMatch(/^g-/);
      for (let g = 0; g < 50; g++) {
        expect(group, `${state}: a group`).toMatch(/^g-/);
        await page.keyboard.press('ArrowDown');
        const entered = await readFocus(page);
        const [first, size] = [entered.walk, entered.setsize];
        expect(first, `${state} ${group}: Down enters its marks`).toMatch(/^m-/);
        // Right to the group's end and once more (it stays put), then Home, End, Up, and Right to
        // the next group (after the last, it stays put).
        const keys = [...Array<string>(size).fill('ArrowRight'), 'Home', 'End', 'ArrowUp', 'ArrowRight'];
        for (const key of keys) await page.keyboard.press(key);
        const { log, walk: now } = await readFocus(page);
        expect(log.map(([key]) => key), `${state} ${group}: every press noted`).toEqual(keys);
        const at = log.map(([, walk]) => walk);
        const marks: [string, string][] = [[first, entered.name], ...log.slice(0, size - 1).map(([, walk, name]): [string, string] => [walk, name])];
        expect(new Set(marks.map(([id]) => id)).size, `${state} ${group}: one stop per mark`).toBe(size);
        for (const [id] of marks) expect(id, `${state} ${group}: a mark`).toMatch(/^m-/);
        for (const [id, spoken] of marks) reached.set(id.replace(/^m-/, ''), spoken);
        const last = marks.at(-1)![0];
        expect(at.slice(size - 1, size + 3), `${state} ${group}: Right at the end stays, Home, End, Up`).toEqual([last, first, last, group]);
        expect(now).toBe(at[size + 3]);
        if (now === group) break;
        expect(now, `${state}: Right moves to the next group`).toMatch(/^g-/);
        group = now;
      }
      await page.keyboard.press('Escape');
      expect((await readFocus(page)).walk).toBe('chart');
      // Every mark drawn was reached, nothing else, and each name says its value where it has one.
      expect([...reached.keys()].sort(), state).toEqual(drawn.map((d) => d.key).sort());
      for (const d of drawn) {
        const spoken = reached.get(d.key)!;
        expect(spoken.length, `${state} ${d.key}`).toBeGreaterThan(3);
        if (d.value !== null && Number(d.value) >= 2) expect(spoken, `${state} ${d.key}: its value`).toMatch(/\d/);
      }
      // The focused stop is outlined where its mark is.
      await page.keyboard.press('ArrowDown');
      const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(ring).toBe('solid');
    }
  });
}
