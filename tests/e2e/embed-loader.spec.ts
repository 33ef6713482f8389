// embed.js, the loader built from src/embed/loader.ts, on a host page on another origin: the iframe
// fits its content whatever order the loader and the frames arrive in, at a phone's and a desktop's
// width; and heights it must not trust are ignored.
import { expect, test, type Page } from '@playwright/test';
import { startHost, hostPage, expectFitted, frameHeights, type Host } from './helpers/host';
import { charts } from './helpers/registry';

// Any two charts of the registry stand for all: the loader treats every chart alike.
const [A, B] = [charts[0]!.id, (charts[1] ?? charts[0]!).id];

let host: Host;
test.beforeEach(async ({ page }) => {
  // Counts the height reports the host page receives, so a test can wait for the embed to have spoken.
  await page.addInitScript(() => {
    const w = window as unknown as { __heightReports: number };
    w.__heightReports = 0;
    addEventListener('message', (e) => {
      if ((e.data as { type?: string } | null)?.type === 'launch-contest:height') w.__heightReports++;
    });
  });
});
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

const FRAME = 'iframe[data-launch-contest-embed]';
const urls = (baseURL: string | undefined) => ({
  loader: `${baseURL}embed.js`,
  embed: (chart: string) => `${baseURL}embed/${chart}/`,
});
const iframe = (src: string, chart: string) =>
  `<iframe src="${src}" title="A chart" loading="lazy" width="100%" height="620" style="border:0;width:100%" data-launch-contest-embed="${chart}"></iframe>`;

/** Adds a script or iframe to the live page, as a tag manager or a single-page CMS would. */
const addScript = (page: Page, src: string) =>
  page.evaluate((s) => {
    const el = document.createElement('script');
    el.src = s;
    el.async = true;
    document.body.append(el);
  }, src);

/** Waits until the chart inside the frame is drawn at rest and has reported its height (so a loader arriving now is late). */
async function frameReady(page: Page, n = 0) {
  const frame = page.frameLocator(FRAME).nth(n);
  await expect(frame.locator('[data-chart][data-settled="true"]')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __heightReports: number }).__heightReports)).toBeGreaterThan(0);
}

for (const width of [360, 1000]) {
  test.describe(`at ${width}px`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
    });

    test('loader first, then the iframe', async ({ page, baseURL }) => {
      const u = urls(baseURL);
      await page.goto(host.page(`/first-${width}.html`, hostPage(`<script src="${u.loader}"></script>${iframe(u.embed(A), A)}`)));
      await expectFitted(page, FRAME, 1);
    });

    test('iframe first, the loader long after it has reported', async ({ page, baseURL }) => {
      const u = urls(baseURL);
      await page.goto(host.page(`/late-${width}.html`, hostPage(iframe(u.embed(B), B))));
      await frameReady(page);
      // Nobody listened to the embed's report: the frame is still at the snippet's 620 px.
      expect((await frameHeights(page, FRAME))[0]!.outer).toBe(620);
      await addScript(page, u.loader);
      await expectFitted(page, FRAME, 1);
    });

    test('an iframe lazy-loaded far below the fold', async ({ page, baseURL }) => {
      const u = urls(baseURL);
      await page.goto(
        host.page(`/lazy-${width}.html`, hostPage(`<script src="${u.loader}" async></script><div style="height:6000px">Long text.</div>${iframe(u.embed(A), A)}`)),
      );
      // Not loaded yet: a lazy frame this far down is fetched only as the reader nears it.
      expect(await page.frameLocator(FRAME).locator('[data-chart]').count()).toBe(0);
      await page.locator(FRAME).scrollIntoViewIfNeeded();
      await expectFitted(page, FRAME, 1);
    });

    test('the loader included twice (two pasted snippets, one added late)', async ({ page, baseURL }) => {
      const u = urls(baseURL);
      await page.goto(
        host.page(
          `/twice-${width}.html`,
          hostPage(`${iframe(u.embed(A), A)}<script src="${u.loader}" async></script><p>Text.</p>${iframe(u.embed(B), B)}<script src="${u.loader}" async></script>`),
        ),
      );
      await expectFitted(page, FRAME, 2);
      await addScript(page, u.loader);
      await page.setViewportSize({ width: width === 360 ? 1000 : 360, height: 800 });
      await expectFitted(page, FRAME, 2);
      // One loader runs, however often it was included.
      expect(await page.evaluate(() => Object.keys((window as unknown as { __launchContestLoaders: object }).__launchContestLoaders).length)).toBe(1);
    });

    test('an iframe added to the page later, as single-page CMSs do', async ({ page, baseURL }) => {
      const u = urls(baseURL);
      await page.goto(host.page(`/spa-${width}.html`, hostPage(`<script src="${u.loader}"></script><div id="app">Loading…</div>`)));
      // The loader is running before the frames exist.
      await expect.poll(() => page.evaluate(() => Object.keys((window as unknown as { __launchContestLoaders?: object }).__launchContestLoaders ?? {}).length)).toBe(1);
      await page.evaluate((html) => {
        document.getElementById('app')!.innerHTML = html;
      }, iframe(u.embed(B), B) + iframe(u.embed(A), A));
      await expectFitted(page, FRAME, 2);
    });
  });
}

test('heights that are negative, zero, huge, infinite, not numbers or from the wrong window are ignored', async ({ page, baseURL }) => {
  const u = urls(baseURL);
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(host.page('/bad-heights.html', hostPage(`<script src="${u.loader}"></script>${iframe(u.embed(A), A)}`)));
  await expectFitted(page, FRAME, 1);
  const before = (await frameHeights(page, FRAME))[0]!.outer;
  const frame = (await (await page.locator(FRAME).elementHandle())!.contentFrame())!;
  // Every height the loader gives the frame from now on.
  await page.locator(FRAME).evaluate((f) => {
    const w = window as unknown as { __applied: string[] };
    w.__applied = [];
    new MutationObserver(() => w.__applied.push((f as HTMLElement).style.height)).observe(f, { attributes: true, attributeFilter: ['style'] });
  });
  // The host page itself, and a script posting to it, are not our frame.
  await page.evaluate((chart) => window.postMessage({ type: 'launch-contest:height', chart, height: 999 }, '*'), A);
  // From our own embed, on our own origin: only the values are wrong.
  await frame.evaluate(([chart, before]) => {
    const bad: unknown[] = [-5, 0, 1e9, 20_001, Number.NaN, Number.POSITIVE_INFINITY, '5000', '500px', null, { valueOf: () => 500 }, [500]];
    for (const height of bad) {
      try {
        parent.postMessage({ type: 'launch-contest:height', chart, height }, '*');
      } catch {
        // an object that cannot be cloned never leaves the frame
      }
    }
    parent.postMessage('launch-contest:height', '*');
    parent.postMessage(null, '*');
    // Then a sane height, after all of them: messages arrive in order, so once it is applied
    // every bad one before it has been seen (and the channel is shown to work).
    parent.postMessage({ type: 'launch-contest:height', chart, height: before + 37 }, '*');
  }, [A, before] as const);
  await expect.poll(async () => (await frameHeights(page, FRAME))[0]!.outer).toBe(before + 37);
  // Nothing else was applied first (the embed may re-state its own true height afterwards).
  const applied = await page.evaluate(() => (window as unknown as { __applied: string[] }).__applied);
  expect(applied[0]).toBe(`${before + 37}px`);
  for (const h of applied) expect([`${before + 37}px`, `${before}px`]).toContain(h);
});

test('embed.js is built from TypeScript: minified, small, writes no HTML and evaluates no strings', async ({ request }) => {
  const res = await request.get('./embed.js');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('javascript');
  const js = await res.text();
  expect(js).toContain('Source: src/embed/loader.ts');
  // Heights, scrollytelling, the host theme and the script embed: still a small file (the bench reports its gzip size).
  expect(js.length).toBeLessThan(10_000);
  expect(js).not.toMatch(/\beval\(|new Function|innerHTML|insertAdjacentHTML|document\.write/);
});
