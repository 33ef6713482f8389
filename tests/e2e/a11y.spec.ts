// axe-core on every page a reader or an editor meets: the story (scrolled through, light and dark,
// desktop and phone), each embed page in every state, and a host page that embeds a chart in an iframe.
// One page load per colour scheme: the story is checked at the end, every chart at its last state
// and every disclosure open, and again at a phone's width; an embed's states are switched in place.
// The dark scheme changes colours only, so there axe runs the rules a colour can break.
import { expect, test, type Page } from '@playwright/test';
import { scrollToStep, storyTablesIn } from './helpers/story';
import { hostPage, startHost } from './helpers/host';
import { axeViolations, COLOUR_RULES, describeViolations } from './helpers/axe';
import { blocks, chartOfStep, charts, expectSettled } from './helpers/registry';

// Checked at rest: mid-transition a fading label is, rightly, faint. Reduced motion draws each state at once.
test.use({ reducedMotion: 'reduce' });

/** Every rule in the light scheme; in the dark one, the rules a colour can break (the rest see the same page). */
async function expectNoViolations(page: Page, label: string, scheme: 'light' | 'dark', include?: string) {
  const rules = scheme === 'dark' ? COLOUR_RULES : undefined;
  expect(describeViolations(await axeViolations(page, { include, rules })), label).toEqual([]);
}

test(`story, light and dark: no violations with every chart at its last step, and at a phone's width`, async ({ page }) => {
  // Four axe runs over the whole story page (every step's picture, table and print drawing): slow.
  test.slow();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  // Each block's last step: every chart at its block's last state (checked below, with the page's
  // end). Every other state of every chart is checked on its embed page, below.
  for (const b of blocks) {
    const last = b.steps.at(-1)!;
    await scrollToStep(page, last.id);
    await expectSettled(chartOfStep(page, last.id), last.state);
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  // Open the disclosures a reader can open, so their contents are checked too (the tables among them
  // come from a file once the page has loaded).
  await storyTablesIn(page);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // The page follows the system's scheme as it changes (colours are light-dark() custom properties),
  // so the same walked page is checked in both.
  const backgrounds = new Set<string>();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const root of await page.locator('[data-scrolly] [data-chart]').all()) await expectSettled(root);
    await expectNoViolations(page, `end of the story, disclosures open, 1280px, ${scheme}`, scheme);
    // The same page at a phone's width: the chapters menu, the pinned charts above the text.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const root of await page.locator('[data-scrolly] [data-chart]').all()) await expectSettled(root);
    await expectNoViolations(page, `end of the story, disclosures open, 390px, ${scheme}`, scheme);
  }
  expect(backgrounds.size, 'the page changed scheme').toBe(2);
});

for (const chart of charts) {
  test(`embed ${chart.id}: no violations in light and dark, in every state`, async ({ page }) => {
    // Two schemes × every state: many short axe runs.
    test.slow();
    const root = page.locator('[data-chart]');
    const schemes = ['light', 'dark'] as const;
    // Each state once, checked in both schemes: the page follows the scheme as it changes.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`./embed/${chart.id}/`);
    await expectSettled(root, chart.defaultState);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const colours = new Set<string>();
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      colours.add(await page.evaluate(() => getComputedStyle(document.body).color));
      await expectNoViolations(page, `${chart.id} ${chart.defaultState} ${scheme}`, scheme);
    }
    expect(colours.size, 'the embed changed scheme').toBe(2);
    // The rest of the states, switched in place: the chart is what changes.
    for (const state of chart.states.filter((s) => s !== chart.defaultState)) {
      await page.locator(`[data-show-state="${state}"]`).click();
      await expectSettled(root, state);
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        await expectNoViolations(page, `${chart.id} ${state} ${scheme}`, scheme, '[data-chart]');
      }
    }
  });
}

test('a host page on another origin that embeds a chart: no violations, iframe included', async ({ page, request, baseURL }) => {
  const host = await startHost();
  const chart = charts[0]!;
  try {
    const html = ((await (await request.get(`./oembed/${chart.id}.json`)).json()).html as string).replace(/https?:\/\/[^/"]+\//g, `${new URL(baseURL!).origin}/`);
    await page.goto(host.page('/a11y-host.html', hostPage(html)));
    await expectSettled(page.frameLocator('iframe').locator('[data-chart]'), chart.defaultState);
    await expectNoViolations(page, 'host page with an embedded chart', 'light');
  } finally {
    await host.close();
  }
});
