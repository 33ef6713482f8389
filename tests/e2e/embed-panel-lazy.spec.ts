// "Embed this chart" costs the story nothing until an editor opens it: the page holds only each
// panel's summary and a link to the chart's embed-code page; the first open builds the options and
// the five snippets in the browser with the same functions the build uses. Checked against what the
// server writes (the oEmbed response's html, the embed-code page) and against the panel's block.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { blocks } from './helpers/registry';

/** The outline of a panel body: each element with its attributes (ids left out) and, for leaves, its text. */
const outline = (body: Locator) =>
  body.evaluate((root) =>
    [root, ...root.querySelectorAll('*')].map((e) => {
      const attrs = [...e.attributes].filter((a) => a.name !== 'id' && a.name !== 'for').map((a) => `${a.name}=${a.value}`).sort();
      const text = e.children.length === 0 && e.tagName !== 'TEXTAREA' ? (e.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
      return `${e.tagName} ${attrs.join(' ')} ${text}`;
    }),
  );

const codes = async (scope: Locator) => {
  const out: Record<string, string> = {};
  for (const s of await scope.locator('[data-embed-snippet]').all()) out[(await s.getAttribute('data-embed-snippet'))!] = await s.locator('textarea').inputValue();
  return out;
};

async function codePage(page: Page, href: string) {
  await page.goto(href);
  const panel = page.locator('[data-embed-panel-page]');
  return { outline: await outline(panel.locator('.embed-panel__body')), codes: await codes(panel) };
}

test('the story ships no embed code; each panel builds its own on first open, as the server writes it', async ({ page, request }) => {
  await page.goto('./');
  const panels = page.locator('details[data-embed-panel]');
  const n = await panels.count();
  expect(n).toBeGreaterThan(0);
  // Nothing of the panels' code or options is in the page until one opens.
  await expect(page.locator('[data-embed-snippet], [data-embed-options], textarea')).toHaveCount(0);
  expect(blocks.length).toBe(n);
  // The server's embed-code pages open beside the story, which stays where it is.
  const serverPage = await page.context().newPage();
  for (let i = 0; i < n; i++) {
    const panel = panels.nth(i);
    const chart = (await panel.getAttribute('data-embed-panel'))!;
    expect(chart).toBe(blocks[i]!.chart);
    const href = (await panel.locator('[data-embed-nojs] a').getAttribute('href'))!;
    await panel.locator('summary').click();
    await expect(panel).toHaveAttribute('data-embed-ready', 'true');
    await expect(panel.locator('[data-embed-nojs]')).toHaveCount(0);
    const built = await codes(panel);
    expect(Object.keys(built)).toEqual(['plain', 'scrolly', 'script', 'image', 'amp']);
    // The iframe snippet is the oEmbed response's html (embedSnippet, run at build time).
    const oembed = await (await request.get(`oembed/${chart}.json`)).json();
    expect(built.plain).toBe(oembed.html);
    // The scrolly snippet marks one paragraph per step of this panel's block, in order.
    const marked = [...built.scrolly!.matchAll(/data-chart-step="([^"]+)"/g)].map((m) => m[1]);
    expect(marked).toEqual(blocks[i]!.steps.map((s) => s.id));
    // The picture snippets show the block's last state and link to its last step.
    const last = blocks[i]!.steps.at(-1)!.id;
    for (const key of ['script', 'image'] as const) expect(built[key]).toContain(`#${last}"`);
    expect(built.image).toContain(`/images/plain/${last}.light.png`);
    // The same markup as the embed-code page (src/components/EmbedCode.astro), and the same code
    // where the block does not enter: the iframe snippet.
    const mine = await outline(panel.locator('.embed-panel__body'));
    // Options and copy buttons are live in both.
    await expect(panel.locator('[data-embed-options]')).toBeVisible();
    await expect(panel.locator('[data-copy-embed]')).toHaveCount(5);
    const server = await codePage(serverPage, new URL(href, page.url()).href);
    expect(mine).toEqual(server.outline);
    expect(server.codes.plain).toBe(built.plain);
  }
});

test('without JavaScript, a panel links to its chart\u2019s embed-code page, which has every snippet', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  const panel = page.locator('details[data-embed-panel]').first();
  const chart = (await panel.getAttribute('data-embed-panel'))!;
  await panel.locator('summary').click();
  await panel.locator('[data-embed-nojs] a').click();
  await expect(page).toHaveURL(new RegExp(`/embed-code/${chart}/$`));
  const all = await codes(page.locator('[data-embed-panel-page]'));
  expect(Object.keys(all)).toEqual(['plain', 'scrolly', 'script', 'image', 'amp']);
  for (const code of Object.values(all)) expect(code.length).toBeGreaterThan(50);
  await context.close();
});
