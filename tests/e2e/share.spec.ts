// A share page for every step: share/<chart-id>--<state-id>/ carries that step's own card (a PNG of
// the chart in that state), its title and words, and lands the reader on the story at that step,
// with or without JavaScript. "Copy link to this step" copies it.
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { chartOfStep, steps as storySteps } from './helpers/registry';

const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

test('every step of the story has a share page with its own card, title and words', async ({ page, request, baseURL }) => {
  await page.goto('./');
  const steps = await page.$$eval('[data-step][id]', (els) =>
    // the words a reader sees (innerText leaves out closed source pop-ups); the copy-link tools are not words
    els.map((e) => ({ id: e.id, text: [...e.querySelector('.step__box')!.children].filter((c) => !c.classList.contains('step__tools')).map((c) => (c as HTMLElement).innerText).join(' ').replace(/\s+/g, ' ').trim() })),
  );
  expect(steps.length).toBeGreaterThanOrEqual(10);
  const images = new Set<string>();
  const titles = new Set<string>();
  for (const step of steps) {
    const res = await request.get(`./share/${step.id}/`);
    expect(res.status(), step.id).toBe(200);
    const { document } = parseHTML(await res.text());
    const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? '';
    const og = meta('meta[property="og:image"]');
    // Absolute, on the site, under the base path, and the same for Twitter.
    expect(og, step.id).toMatch(new RegExp(`^https?://[^/]+/(.*/)?images/${step.id}\\.png$`));
    expect(meta('meta[name="twitter:image"]')).toBe(og);
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(meta('meta[name="robots"]')).toBe('noindex');
    // The canonical address is the story's own; the card's (og:url) is this page's, since Facebook and
    // LinkedIn read the page og:url names: naming the story, a step's card would be the story's.
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/$/);
    expect(meta('meta[property="og:url"]'), step.id).toBe(new URL(`share/${step.id}/`, canonical).href);
    // Without JavaScript: a meta refresh and a visible link, both to the step in the story.
    expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=/#${step.id}`);
    expect(document.querySelector('a[data-share-target]')?.getAttribute('href')).toBe(`/#${step.id}`);
    // The description is the step's own words (the start of them).
    const description = meta('meta[name="description"]');
    expect(description.length).toBeGreaterThan(20);
    expect(step.text.startsWith(description.replace(/…$/, ''))).toBe(true);
    expect(meta('meta[property="og:description"]')).toBe(description);
    titles.add(document.title);
    // The card: a 1200 × 630 PNG, different for every step.
    const png = await request.get(new URL(og).pathname.replace(/^\//, './'));
    expect(png.status()).toBe(200);
    const body = await png.body();
    expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
    images.add(createHash('sha256').update(body).digest('hex'));
    expect(Number(meta('meta[property="og:image:width"]'))).toBe(1200);
    expect(Number(meta('meta[property="og:image:height"]'))).toBe(630);
  }
  expect(images.size).toBe(steps.length);
  expect(titles.size).toBe(steps.length);
  expect(baseURL).toBeTruthy();
});

for (const javaScriptEnabled of [false, true]) {
  test(`a share page lands the reader on the story at that step (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled, viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    // A step in the middle of the story, neither a block's first nor the page's first.
    const step = storySteps[2]!;
    await page.goto(`./share/${step.id}/`);
    await page.waitForURL(`${baseURL}#${step.id}`);
    await expect(page.locator(`[id="${step.id}"]`)).toBeInViewport();
    if (javaScriptEnabled) await expect(chartOfStep(page, step.id)).toHaveAttribute('data-state', step.state);
    await context.close();
  });
}

test('the share page\'s link is visible to a reader whose browser does not follow the refresh', async ({ request }) => {
  const { document } = parseHTML(await (await request.get(`./share/${storySteps[1]!.id}/`)).text());
  const link = document.querySelector('main a[data-share-target]');
  expect(link?.textContent?.trim().length).toBeGreaterThan(5);
  expect(document.querySelector('main h1')?.textContent?.trim().length).toBeGreaterThan(3);
});

test('"Copy link to this step" offers the step\'s share page, and the sitemap leaves share pages out', async ({ page, context, baseURL, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  // A step of a block further down the page than the first.
  const step = storySteps.find((s) => s.block !== storySteps[0]!.block)!.id;
  await page.goto(`./#${step}`);
  const button = page.locator(`[id="${step}"] [data-copy-step-link]`);
  await button.click();
  await expect(page.locator(`[id="${step}"] [data-copy-step-status]`)).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}share/${step}/`);
  expect((await request.get(copied)).status()).toBe(200);
  expect(await (await request.get('./sitemap.xml')).text()).not.toContain('share/');
});
