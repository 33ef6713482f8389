// A keyboard reader can reach every mark of every chart in every state and hear its value: the chart
// is one tab stop; Down enters groups, then marks; Left/Right move between neighbours; Home/End jump;
// Up and Escape come back. Checked against the marks the chart actually draws, at a phone's width.
// Where focus lands is recorded in the page as it happens (a focusin log), so each group's run of
// key presses is read back once rather than after every press.
import { expect, test, type Page } from '@playwright/test';
import { charts, expectSettled } from './helpers/registry';

type Stop = [walk: string, name: string];
interface Focus {
  /** every stop focus landed on since the last read */
  log: Stop[];
  walk: string;
  name: string;
  setsize: number;
}
/** Where focus is now, and the stops it landed on since the last call (the log starts again). */
const readFocus = (page: Page) =>
  page.evaluate((): Focus => {
    const w = window as unknown as { focusLog: Stop[] };
    const el = document.activeElement as HTMLElement | null;
    const log = w.focusLog;
    w.focusLog = [];
    return { log, walk: el?.dataset.walk ?? '', name: el?.getAttribute('aria-label') ?? '', setsize: Number(el?.getAttribute('aria-setsize') ?? 0) };
  });

test.use({ viewport: { width: 375, height: 667 } });

for (const chart of charts) {
  test(`${chart.id}: every mark of every state is reached by keyboard and named with its value`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { focusLog: [string, string][] };
      w.focusLog = [];
      document.addEventListener('focusin', (e) => {
        const t = e.target as HTMLElement;
        w.focusLog.push([t.dataset.walk ?? '', t.getAttribute('aria-label') ?? '']);
      });
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
        // Right to the group's end, once more (it stays put), then Home, End, Up, and Right to the
        // next group (or, after the last, nowhere).
        for (let m = 1; m <= size; m++) await page.keyboard.press('ArrowRight');
        for (const key of ['Home', 'End', 'ArrowUp', 'ArrowRight']) await page.keyboard.press(key);
        const { log, walk: now } = await readFocus(page);
        const marks: Stop[] = [[first, entered.name], ...log.slice(0, size - 1)];
        expect(new Set(marks.map(([id]) => id)).size, `${state} ${group}: one stop per mark`).toBe(size);
        for (const [id] of marks) expect(id, `${state} ${group}: a mark`).toMatch(/^m-/);
        for (const [id, spoken] of marks) reached.set(id.replace(/^m-/, ''), spoken);
        const last = marks.at(-1)![0];
        // Home and End jump to the ends (no move where the group has one mark), Up comes back.
        const after = log.slice(size - 1).map(([id]) => id);
        const jumps = size > 1 ? [first, last] : [];
        expect(after.slice(0, jumps.length + 1), `${state} ${group}: Right stays at the end, Home, End, Up`).toEqual([...jumps, group]);
        const next = after.slice(jumps.length + 1);
        if (next.length === 0) {
          expect(now, `${state}: Right after the last group stays put`).toBe(group);
          break;
        }
        expect(next, `${state} ${group}: Right moves to one next group`).toEqual([now]);
        expect(now).not.toBe(group);
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
