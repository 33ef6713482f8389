// A keyboard reader can reach every mark of every chart in every state and hear its value: the chart
// is one tab stop; Down enters groups, then marks; Left/Right move between neighbours; Home/End jump;
// Up and Escape come back. Checked against the marks the chart actually draws, at a phone's width.
// Where each key press left focus is noted in the page (helpers/keys.ts), so a group's run of
// presses is read back once rather than after every press.
import { expect, test } from '@playwright/test';
import { noteKeyStops, readKeyStops } from './helpers/keys';
import { charts, expectSettled } from './helpers/registry';

test.use({ viewport: { width: 375, height: 667 } });

for (const chart of charts) {
  test(`${chart.id}: every mark of every state is reached by keyboard and named with its value`, async ({ page }) => {
    await noteKeyStops(page);
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
      const { now: start } = await readKeyStops(page);
      expect(start.walk, `${state}: first Tab stop`).toBe('chart');
      expect(start.name).toContain(title);
      // The keys are said once, as the chart's description when it gets focus, not in browse mode.
      await expect(page.locator('[data-walk="chart"]')).toHaveAccessibleDescription(/press Down/);
      await expect(root.locator('[data-walk-hint]')).toBeHidden();
      const reached = new Map<string, string>();
      await page.keyboard.press('ArrowDown');
      // The walk loads on the chart's first focus; a key pressed meanwhile lands once it has come.
      let group = '';
      await expect.poll(async () => (group = (await readKeyStops(page)).now.walk)).toMatch(/^g-/);
      for (let g = 0; g < 50; g++) {
        expect(group, `${state}: a group`).toMatch(/^g-/);
        await page.keyboard.press('ArrowDown');
        const { now: entered } = await readKeyStops(page);
        const [first, size] = [entered.walk, entered.setsize];
        expect(first, `${state} ${group}: Down enters its marks`).toMatch(/^m-/);
        // Right to the group's end and once more (it stays put), then Home, End, Up, and Right to
        // the next group (after the last, it stays put).
        const keys = [...Array<string>(size).fill('ArrowRight'), 'Home', 'End', 'ArrowUp', 'ArrowRight'];
        for (const key of keys) await page.keyboard.press(key);
        const { log, now: { walk: now } } = await readKeyStops(page);
        expect(log.map((p) => p.key), `${state} ${group}: every press noted`).toEqual(keys);
        const at = log.map((p) => p.walk);
        const marks: [string, string][] = [[first, entered.name], ...log.slice(0, size - 1).map((p): [string, string] => [p.walk, p.name])];
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
      expect((await readKeyStops(page)).now.walk).toBe('chart');
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
