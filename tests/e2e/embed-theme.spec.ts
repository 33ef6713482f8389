// An embed takes the theme of the page around it, not the reader's system setting: a light host read
// in dark mode gets a light chart and the reverse; a host's own theme toggle reaches the chart at once;
// ?transparent lets the host's background through (unless that would break contrast) and ?plain
// leaves the chart alone with its source. All on a host page on another origin, through embed.js.
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { startHost, type Host } from './helpers/host';
import { axeViolations } from './helpers/axe';

let host: Host;
let chart: string;
test.beforeAll(async ({ request }) => {
  host = await startHost();
  // Any chart will do: the first the story shows.
  const html = await (await request.get('./')).text();
  chart = /data-chart="([a-z0-9-]+)"/.exec(html)![1]!;
});
test.afterAll(async () => {
  await host.close();
});

const FRAME = 'iframe[data-launch-contest-embed]';

function hostWith(baseURL: string, opts: { style: string; query?: string; htmlClass?: string; path: string }): string {
  const src = `${baseURL}embed/${chart}/${opts.query ?? ''}`;
  return host.page(
    opts.path,
    `<!doctype html><html lang="en" class="${opts.htmlClass ?? ''}"><head><meta charset="utf-8"><title>Host</title>` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"><style>body{margin:0;padding:16px;font-family:serif} ${opts.style}</style></head>` +
      `<body><main><h1>A host page</h1><p>Text before the chart.</p>` +
      `<iframe src="${src}" title="A chart" height="620" style="border:0;width:100%" data-launch-contest-embed="${chart}"></iframe>` +
      `<p>Text after the chart.</p></main><script src="${baseURL}embed.js" async></script></body></html>`,
  );
}

const frameOf = (page: Page): FrameLocator => page.frameLocator(FRAME);

/** What the embed shows: its theme attribute, the scheme its colours resolve to, its backgrounds. */
async function embedLook(page: Page) {
  const frame = (await page.locator(FRAME).elementHandle())!;
  const doc = (await frame.contentFrame())!;
  await doc.locator('[data-chart][data-hydrated]').waitFor();
  return doc.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    scheme: getComputedStyle(document.documentElement).colorScheme,
    body: getComputedStyle(document.body).backgroundColor,
    transparent: document.documentElement.hasAttribute('data-transparent'),
  }));
}

/** Our palette's page background in each scheme, read from the built embed, not written here. */
async function ourBackgrounds(page: Page, baseURL: string) {
  const out: Record<string, string> = {};
  for (const theme of ['light', 'dark']) {
    await page.goto(`${baseURL}embed/${chart}/?theme=${theme}`);
    out[theme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  }
  expect(out.light).not.toBe(out.dark);
  return out as { light: string; dark: string };
}

test('a light host read in dark mode shows a light embed; a dark host read in light mode, a dark one', async ({ page, baseURL }) => {
  const bg = await ourBackgrounds(page, baseURL!);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(hostWith(baseURL!, { path: '/light-host.html', style: 'body{background:#fff;color:#111}' }));
  await expect.poll(async () => (await embedLook(page)).theme).toBe('light');
  expect((await embedLook(page)).body).toBe(bg.light);
  // The frame's own color-scheme matches, so the browser paints no dark backdrop behind it.
  expect(await page.locator(FRAME).evaluate((f) => getComputedStyle(f).colorScheme)).toBe('light');

  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(hostWith(baseURL!, { path: '/dark-host.html', style: ':root{color-scheme:dark} body{background:#14161a;color:#eee}' }));
  await expect.poll(async () => (await embedLook(page)).theme).toBe('dark');
  expect((await embedLook(page)).body).toBe(bg.dark);
  expect(await page.locator(FRAME).evaluate((f) => getComputedStyle(f).colorScheme)).toBe('dark');
});

test('a host that says nothing follows the canvas: its color-scheme and the reader\u2019s setting', async ({ page, baseURL }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // No background anywhere and no color-scheme: the canvas is white, so the chart is light.
  await page.goto(hostWith(baseURL!, { path: '/plain-host.html', style: '' }));
  await expect.poll(async () => (await embedLook(page)).theme).toBe('light');
  // A page that offers both schemes shows a dark canvas to a dark-mode reader.
  await page.goto(hostWith(baseURL!, { path: '/both-host.html', style: ':root{color-scheme:light dark}' }));
  await expect.poll(async () => (await embedLook(page)).theme).toBe('dark');
});

test('a host that toggles its theme class flips the embed before its next frames are painted', async ({ page, baseURL }) => {
  await page.goto(
    hostWith(baseURL!, { path: '/toggle-host.html', style: 'body{background:#fff;color:#111} html.night body{background:#101214;color:#eee}' }),
  );
  await expect.poll(async () => (await embedLook(page)).theme).toBe('light');
  const doc = (await (await page.locator(FRAME).elementHandle())!.contentFrame())!;
  for (const [on, want] of [[true, 'dark'], [false, 'light']] as const) {
    // Toggle, then let the host paint two frames; by then the embed must have changed.
    await page.evaluate(async (night) => {
      document.documentElement.classList.toggle('night', night);
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    }, on);
    expect(await doc.evaluate(() => document.documentElement.dataset.theme)).toBe(want);
  }
  // The reader's system setting changing while the host pins its own theme changes nothing.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await doc.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
});

test('?theme=light|dark is kept whatever the host shows', async ({ page, baseURL }) => {
  await page.goto(hostWith(baseURL!, { path: '/forced.html', query: '?theme=dark', style: 'body{background:#fff}' }));
  await expect.poll(async () => (await embedLook(page)).scheme).toBe('dark');
  expect((await embedLook(page)).theme).toBe('dark');
});

test('?transparent shows the host\u2019s background, and keeps ours where the host\u2019s would break contrast', async ({ page, baseURL }) => {
  await page.goto(hostWith(baseURL!, { path: '/tinted.html', query: '?transparent', style: 'body{background:#eef3fb}' }));
  await expect.poll(async () => (await embedLook(page)).transparent).toBe(true);
  expect((await embedLook(page)).body).toBe('rgba(0, 0, 0, 0)');
  // What the reader sees behind the chart's title is the host's tint, not our paper.
  const shot = await page.locator(FRAME).screenshot();
  expect(shot.byteLength).toBeGreaterThan(0);
  const corner = await page.evaluate(async (png) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return [...ctx.getImageData(2, 2, 1, 1).data].slice(0, 3);
  }, shot.toString('base64'));
  expect(corner).toEqual([0xee, 0xf3, 0xfb]);

  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(hostWith(baseURL!, { path: '/grey.html', query: '?transparent', style: 'body{background:#8a8a8a}' }));
  await expect.poll(() => warnings.some((w) => /keeps its own background/.test(w))).toBe(true);
  expect((await embedLook(page)).transparent).toBe(false);
  expect((await embedLook(page)).body).not.toBe('rgba(0, 0, 0, 0)');
});

test('?plain leaves the chart and its source line; transparent and plain embeds are axe-clean', async ({ page, baseURL }) => {
  // axe takes a transparent page to be white, as a light host would be; a dark transparent embed is
  // checked against its host's background by the contrast fallback above, not here.
  for (const query of ['?plain', '?transparent', '?plain&transparent&theme=light', '?plain&theme=dark']) {
    await page.goto(`${baseURL}embed/${chart}/${query}`);
    const root = page.locator('[data-chart][data-hydrated]');
    await expect(root).toHaveCount(1);
    await expect(root.locator('svg [data-series]').first()).toBeVisible();
    await expect(root.locator('.chart__source')).toBeVisible();
    await expect(root.locator('.chart__source')).toContainText('Source:');
    const plain = query.includes('plain');
    // Under ?plain the title stays the page's h1 for screen readers, hidden from the eye only.
    if (plain) expect(await root.locator('.chart__title').evaluate((e) => e.getBoundingClientRect().width * e.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    else await expect(root.locator('.chart__title')).toBeVisible();
    await expect(root.locator('.chart__caption')).toBeVisible({ visible: !plain });
    await expect(page.locator('[data-state-switcher]')).toBeVisible({ visible: !plain });
    await expect(page.getByRole('link', { name: 'Read the story' })).toBeVisible({ visible: !plain });
    // The chart is still named for screen readers, and its table is still there for them.
    await expect(page.getByRole('figure')).toHaveAccessibleName(/\S/);
    await expect(root.locator('table')).toHaveCount(1);
    const violations = await axeViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] });
    expect(violations.map((v) => `${query}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('hostile flags fall back to the defaults', async ({ page, baseURL }) => {
  for (const query of ['?theme=%3Cscript%3E&transparent=maybe&plain=0', '?theme=DARK&transparent=no&plain=%22%3E']) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${baseURL}embed/${chart}/${query}`);
    await expect(page.locator('[data-chart][data-hydrated]')).toHaveCount(1);
    const attrs = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(attrs.theme).toBeUndefined();
    expect(attrs.transparent).toBeUndefined();
    expect(attrs.plain).toBeUndefined();
    await expect(page.locator('.chart__title')).toBeVisible();
  }
});
