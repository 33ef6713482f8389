// axe-core on every page a reader or an editor meets: the story (scrolled through, light and dark,
// phone and desktop), each embed page, and a host page that embeds a chart in an iframe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stepsOf, scrollToStep, chartState } from './helpers/story';
import { hostPage, startHost } from './helpers/host';

const tags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
// Checked at rest: mid-transition a fading label is, rightly, faint. Reduced motion draws each state at once.
test.use({ reducedMotion: 'reduce' });
const embedIds = readdirSync(join(process.cwd(), 'dist', 'embed'));

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).slice(0, 4).join(' | ')}`);
  expect(summary, label).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`story, ${scheme}, ${viewport.width}px: no violations, scrolled through every step`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./');
      await expectNoViolations(page, 'top of the story');
      for (const chart of ['mission-split', 'launch-cadence']) {
        const steps = await stepsOf(page, chart);
        for (const s of steps) {
          await scrollToStep(page, s.id);
          await expect.poll(() => chartState(page, chart)).toBe(s.state);
        }
        await expectNoViolations(page, `after ${chart}`);
      }
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      // Open the disclosures a reader can open, so their contents are checked too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await expectNoViolations(page, 'end of the story, disclosures open');
    });
  }
}

for (const id of embedIds) {
  test(`embed ${id}: no violations in light and dark, in every state`, async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`./embed/${id}/`);
      const states = await page.$$eval('[data-show-state]', (bs) => bs.map((b) => (b as HTMLElement).dataset.showState!));
      for (const state of [states[0], states[states.length - 1]]) {
        await page.goto(`./embed/${id}/?state=${state}`);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        await expectNoViolations(page, `${id} ${state} ${scheme}`);
      }
    }
  });
}

test('a host page on another origin that embeds a chart: no violations, iframe included', async ({ page, request, baseURL }) => {
  const host = await startHost();
  try {
    const html = ((await (await request.get('./oembed/mission-split.json')).json()).html as string).replace(/https?:\/\/[^/"]+\//g, `${new URL(baseURL!).origin}/`);
    await page.goto(host.page('/a11y-host.html', hostPage(html)));
    await expect(page.frameLocator('iframe').locator('[data-chart]')).toHaveAttribute('data-state', 'award');
    await expectNoViolations(page, 'host page with an embedded chart');
  } finally {
    await host.close();
  }
});
