// A keyboard reader can reach every mark of every chart in every state and hear its value: the chart
// is one tab stop; Down enters groups, then marks; Left/Right move between neighbours; Home/End jump;
// Up and Escape come back. Checked against the marks the chart actually draws, at a phone's width.
import { expect, test, type Page } from '@playwright/test';
import { charts, expectSettled } from './helpers/registry';

const name = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
const focusedWalk = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.walk ?? '');

test.use({ viewport: { width: 375, height: 667 } });

for (const chart of charts) {
  test(`${chart.id}: every mark of every state is reached by keyboard and named with its value`, async ({ page }) => {
    for (const state of chart.states) {
      await page.goto(`./embed/${chart.id}/?state=${state}`);
      const root = page.locator('[data-chart]');
      await expectSettled(root, state);
      // What the chart draws: its visible marks, by key, with the values they encode.
      const drawn = await root.locator('svg [data-series]').evaluateAll((ms) =>
        ms
          .filter((m) => Number(getComputedStyle(m).opacity) > 0)
          .map((m) => ({ key: m.getAttribute('data-key')!, value: m.getAttribute('data-value') })),
      );
      // One tab stop: from the top of the page, Tab reaches the chart's walk, named for the chart and state.
      await page.keyboard.press('Tab');
      expect(await focusedWalk(page), `${state}: first Tab stop`).toBe('chart');
      const title = (await root.locator('.chart__title').textContent())!.trim();
      expect(await name(page)).toContain(title);
      // The keys are said once, as the chart's description when it gets focus, not in browse mode.
      await expect(page.locator('[data-walk="chart"]')).toHaveAccessibleDescription(/press Down/);
      await expect(root.locator('[data-walk-hint]')).toBeHidden();
      const reached = new Map<string, string>();
      await page.keyboard.press('ArrowDown');
      // The walk loads on the chart's first focus; a key pressed meanwhile lands once it has come.
      await expect.poll(() => focusedWalk(page)).toMatch(/^g-/);
      for (let g = 0; g < 50; g++) {
        const group = await focusedWalk(page);
        expect(group, `${state}: a group`).toMatch(/^g-/);
        await page.keyboard.press('ArrowDown');
        const first = await focusedWalk(page);
        // Walk the group's marks with Right to its end, recording each stop as focus lands on it.
        await page.evaluate(() => {
          const w = window as unknown as { walkLog: [string, string][]; walkLogging?: boolean };
          const el = document.activeElement as HTMLElement;
          w.walkLog = [[el.dataset.walk!, el.getAttribute('aria-label')!]];
          if (w.walkLogging) return;
          w.walkLogging = true;
          el.parentElement!.addEventListener('focusin', (e) => {
            const t = e.target as HTMLElement;
            w.walkLog.push([t.dataset.walk!, t.getAttribute('aria-label')!]);
          });
        });
        const size = Number(await page.evaluate(() => document.activeElement!.getAttribute('aria-setsize')));
        for (let m = 1; m < size; m++) await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight'); // at the end, Right stays put
        const log = await page.evaluate(() => (window as unknown as { walkLog: [string, string][] }).walkLog);
        expect(log.length, `${state} ${group}: one stop per mark`).toBe(size);
        for (const [id, spoken] of log) reached.set(id.replace(/^m-/, ''), spoken);
        const last = await focusedWalk(page);
        expect(last).toBe(log[log.length - 1]![0]);
        await page.keyboard.press('Home');
        expect(await focusedWalk(page)).toBe(first);
        await page.keyboard.press('End');
        expect(await focusedWalk(page)).toBe(last);
        await page.keyboard.press('ArrowUp');
        expect(await focusedWalk(page)).toBe(group);
        await page.keyboard.press('ArrowRight');
        if ((await focusedWalk(page)) === group) break;
      }
      await page.keyboard.press('Escape');
      expect(await focusedWalk(page)).toBe('chart');
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
