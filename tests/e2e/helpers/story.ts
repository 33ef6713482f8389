// What the browser tests know about the story, read from the same files the build reads,
// so an expectation can never drift from the content it checks.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { TRIGGER_OFFSET } from '../../../src/scrolly/active-step';

const root = process.cwd();

/** Chapter slugs in reading order, from the file names ("03-the-cadence-gap.mdx" → "the-cadence-gap"). */
export const chapterSlugs = readdirSync(join(root, 'content', 'chapters'))
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => f.replace(/\.mdx$/, '').replace(/^\d+-/, ''));

/** Visible marks (opacity > 0) of a chart, counted by data-series. */
export async function visibleSeries(page: Page, chart: string): Promise<Record<string, number>> {
  return page.evaluate((id) => {
    const counts: Record<string, number> = {};
    for (const m of document.querySelectorAll<SVGElement>(`[data-chart="${id}"] .chart__canvas svg [data-series]`)) {
      if (Number(m.getAttribute('opacity') ?? '1') <= 0) continue;
      const s = m.getAttribute('data-series')!;
      counts[s] = (counts[s] ?? 0) + 1;
    }
    return counts;
  }, chart);
}

/** Once the story's script, which starts after the first paint (src/lib/first-paint.ts), has set the
 *  page up and taken its first look (html[data-story="ready"]); at once without a script. */
export async function storyReady(page: Page): Promise<void> {
  const scripted = await page.evaluate(() => document.documentElement.classList.contains('js') && !!document.querySelector('template[data-after-paint]'));
  if (scripted) await expect(page.locator('html')).toHaveAttribute('data-story', 'ready', { timeout: 15_000 });
}

/** Scroll so that a step's top sits just above the trigger line, as a reader scrolling would (once the
 *  script has added what it adds above the step). */
export async function scrollToStep(page: Page, stepId: string): Promise<void> {
  await storyReady(page);
  await page.evaluate(
    ([id, at]) => {
      const el = document.getElementById(id)!;
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - window.innerHeight * at, behavior: 'instant' as ScrollBehavior });
    },
    [stepId, TRIGGER_OFFSET - 0.1] as const,
  );
}

/** Resolves once the page has stopped scrolling: scrollY unchanged across several frames (a smooth scroll
 * started by a step button keeps moving after the chart has already switched state). */
export async function scrollSettled(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        const tick = () => {
          const y = window.scrollY;
          still = y === last ? still + 1 : 0;
          last = y;
          if (still >= 6) resolve(y);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** The step ids of a chart's first scrolly block, in order, with the state each one shows. */
export async function stepsOf(page: Page, chart: string): Promise<{ id: string; state: string }[]> {
  return page.evaluate(
    (id) =>
      [...(document.querySelector(`[data-scrolly="${id}"]`)?.querySelectorAll<HTMLElement>('[data-step]') ?? [])].map((s) => ({
        id: s.id,
        state: s.dataset.step!,
      })),
    chart,
  );
}

/** The state of a chart's first block. */
export async function chartState(page: Page, chart: string): Promise<string | undefined> {
  return page.locator(`[data-chart="${chart}"]`).first().getAttribute('data-state').then((s) => s ?? undefined);
}

/** Collect uncaught errors and console errors for a page. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** Once every story chart's tables have come from their file (src/charts/story-tables.ts: at idle after load). */
export async function storyTablesIn(page: Page): Promise<void> {
  await expect(page.locator('[data-table-slot]')).toHaveCount(0);
}
