// What the built site declares about its charts, read from dist/ (the files the tests serve), so
// no test names a chart or a state: the story page's blocks and steps, and each embed page's
// states. A chart added under src/charts/ is covered by every test that iterates over these.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';

const dist = join(process.cwd(), 'dist');
const html = (path: string) => parseHTML(readFileSync(join(dist, path), 'utf8')).document;

export interface StoryStep {
  /** the step's element id: its link, `#<id>` */
  id: string;
  state: string;
}
export interface StoryBlock {
  /** the block's element id (unique on the page) */
  id: string;
  chart: string;
  /** the id of the chapter (section[data-chapter]) the block sits in */
  chapter: string;
  steps: StoryStep[];
}
export interface ChartInfo {
  id: string;
  /** every state, in the order the embed's switcher lists them */
  states: string[];
  /** the state an embed shows when none is asked for */
  defaultState: string;
}

const built = existsSync(join(dist, 'index.html'));

/** The story's scrolly blocks in page order, each with its chart and steps. */
export const blocks: StoryBlock[] = built
  ? [...html('index.html').querySelectorAll('[data-scrolly]')].map((b) => ({
      id: b.id,
      chart: b.getAttribute('data-scrolly')!,
      chapter: b.closest('[data-chapter]')?.getAttribute('data-chapter') ?? '',
      steps: [...b.querySelectorAll('[data-step]')].map((s) => ({ id: s.id, state: s.getAttribute('data-step')! })),
    }))
  : [];

/** Every chart the build made an embed page for (the registry), with its states. */
export const charts: ChartInfo[] = built
  ? readdirSync(join(dist, 'embed'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dist, 'embed', d.name, 'index.html')))
      .map((d) => {
        const doc = html(join('embed', d.name, 'index.html'));
        return {
          id: d.name,
          states: [...doc.querySelectorAll('[data-show-state]')].map((b) => b.getAttribute('data-show-state')!),
          defaultState: doc.querySelector('[data-chart]')!.getAttribute('data-state')!,
        };
      })
      .sort((a, b) => a.id.localeCompare(b.id))
  : [];

/** Every step of the story, with its block. */
export const steps = blocks.flatMap((b) => b.steps.map((s) => ({ ...s, chart: b.chart, block: b.id })));

/** The chapters of the story page, in reading order (their element ids). */
export const chapters: string[] = built ? [...html('index.html').querySelectorAll('section[data-chapter]')].map((s) => s.id) : [];

/** A chart of the registry by id. */
export const chartInfo = (id: string): ChartInfo => {
  const c = charts.find((x) => x.id === id);
  if (!c) throw new Error(`no embed page for chart ${id}`);
  return c;
};

/** The charts of the story, in the order their first block appears. */
export const storyCharts = [...new Set(blocks.map((b) => b.chart))];

/** The first block of each chart on the page (where `[data-chart="<id>"]`.first() is). */
export const firstBlocks = storyCharts.map((c) => blocks.find((b) => b.chart === c)!);

/** The story's block with the most steps: the richest single run of states to scroll through. */
export const longestBlock = (): StoryBlock => [...blocks].sort((a, b) => b.steps.length - a.steps.length)[0]!;

/** The chart root of the block a step belongs to. */
export const chartOfStep = (page: Page, stepId: string): Locator => page.locator(`[data-scrolly]:has([id="${stepId}"]) [data-chart]`);

/** The marks of a step's build-time picture (what a reader without a pinned chart sees), as "key series value" lines. */
export async function pictureMarks(page: Page, stepId: string): Promise<string[]> {
  await inlinePictures(page);
  return page.locator(`[id="${stepId}"] .step__inline-chart svg`).evaluate((svg) =>
    [...svg.querySelectorAll('[data-series]')].map((m) => `${m.getAttribute('data-key')} ${m.getAttribute('data-series')} ${m.getAttribute('data-value') ?? '-'}`).sort(),
  );
}

/**
 * In every frame of the page from now on: records each state a chart root takes, with whether any
 * of its marks was mid-transition when it did (d3 keeps `__transition` on an animating node).
 * Read it with `stateLog`.
 */
export async function recordStates(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: { chart: string; state: string; animated: boolean }[] = [];
    (window as unknown as { __stateLog: typeof log }).__stateLog = log;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (r.attributeName !== 'data-state' || !el.dataset.chart) continue;
        log.push({ chart: el.dataset.chart, state: el.dataset.state ?? '', animated: [...el.querySelectorAll('svg *')].some((n) => '__transition' in n) });
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
  });
}

/** The states recorded by `recordStates` in a frame (the page's main frame by default), for one chart. */
export async function stateLog(target: Page | Frame, chart?: string): Promise<{ state: string; animated: boolean }[]> {
  const log = await target.evaluate(() => (window as unknown as { __stateLog?: { chart: string; state: string; animated: boolean }[] }).__stateLog ?? []);
  return log.filter((e) => chart === undefined || e.chart === chart).map(({ state, animated }) => ({ state, animated }));
}

/** Waits until a chart root shows `state` and its drawing is at rest (its transitions ended). */
export async function expectSettled(root: Locator, state?: string): Promise<void> {
  // One wait for both attributes: the walks call this at every step, and two assertions cost twice.
  const settled = root.locator(`:scope[data-settled="true"]${state === undefined ? '' : `[data-state="${state}"]`}`);
  const ok = await settled.waitFor({ state: 'attached', timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (ok) return;
  // It did not come: the assertions, whose messages say what the chart shows instead.
  if (state !== undefined) await expect(root).toHaveAttribute('data-state', state, { timeout: 1 });
  await expect(root).toHaveAttribute('data-settled', 'true', { timeout: 1 });
}

/**
 * The build's pictures of each step and of each block's printed state are SVG files shown with
 * <img> (src/images/picture.ts). This puts each file's <svg> beside its <img>, hidden, so a test
 * can read the marks and description the build drew, as it would read an inline picture.
 */
export async function inlinePictures(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const imgs = [...document.querySelectorAll<HTMLImageElement>('.step__inline-chart img, .chart__print img')];
    await Promise.all(
      imgs.map(async (img) => {
        if (img.nextElementSibling?.hasAttribute('data-test-picture')) return;
        // The file's own stylesheet goes before parsing: the parsed document inherits the page's CSP.
        const text = (await (await fetch(img.currentSrc || img.src)).text()).replace(/<style[\s\S]*?<\/style>/g, '');
        const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
        svg.setAttribute('data-test-picture', '');
        svg.setAttribute('aria-hidden', 'true');
        // Hidden by an attribute: the page's CSP allows no inline style.
        svg.setAttribute('display', 'none');
        img.after(document.importNode(svg, true));
      }),
    );
  });
}
