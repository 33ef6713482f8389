// A step's share card says what its step says. The MDX plugin that the build runs
// (src/scrolly/mdx-steps.mjs) writes down each step's words as it compiles a chapter; here the
// chapters are compiled with it, and each step's card is composed and read back as SVG, before it
// is rasterised: its words block is the step's text (cut at a word with "…" only where it runs out
// of room), its title and label the chart's title and the state's label. The browser test
// tests/e2e/share-text.spec.ts checks that the same text is what a reader sees in the story.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { getChart } from '../../src/charts/registry';
import { site } from '../../src/data/site';
import { imageFontsReady } from '../../src/images/render-png';
import { stepId } from '../../src/lib/step-id';
import { scrollySteps } from '../../src/scrolly/mdx-steps.mjs';
import { stepCardSvg } from '../../src/share/step-card';
import { squash, stepText, type StepWords } from '../../src/share/step-words';

await imageFontsReady();

/** Compiles MDX as the build does (Astro strips the frontmatter first) and returns the plugin's step words. */
function compile(source: string, file = join(process.cwd(), 'content/chapters/test.mdx')): StepWords[] {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const astro: { frontmatter: Record<string, unknown> } = { frontmatter: {} };
  mdxToJs(body, { mdastPlugins: [scrollySteps], fileURL: pathToFileURL(file), features: { gfm: true, smartPunctuation: true }, data: { astro } } as never);
  return (astro.frontmatter.stepWords ?? []) as StepWords[];
}

const dir = join(process.cwd(), 'content', 'chapters');
const chapterSteps = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .flatMap((f) => compile(readFileSync(join(dir, f), 'utf8'), join(dir, f)));

/** The text of a card's block, its lines joined. */
function part(svg: string, name: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll(`text[data-card-part="${name}"]`)].map((t) => t.textContent ?? '').join(' ');
}

/** `shown` is `full`, or the start of it cut before a word and marked with "…". */
function clippedFrom(shown: string, full: string): boolean {
  if (shown === full) return true;
  if (!shown.endsWith('…')) return false;
  const head = shown.slice(0, -1);
  return head.length >= 40 && full.startsWith(head) && /[\s,;:.]/.test(full.charAt(head.length));
}

describe('the MDX plugin writes down each step\'s words', () => {
  it('finds every step of the chapters, each state once per chart', () => {
    expect(chapterSteps.length).toBeGreaterThanOrEqual(10);
    const ids = chapterSteps.map((s) => stepId(s.chart, s.state));
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of chapterSteps) expect(getChart(s.chart).states.map((x) => x.id)).toContain(s.state);
  });

  it('keeps the visible words and a key for each figure, and leaves out what a reader does not see', () => {
    const facts = site().facts;
    const key = [...facts.keys()].find((k) => facts.get(k)!.unit === 'count')!;
    const chart = [...chapterSteps][0]!.chart;
    const state = getChart(chart).states[0]!.id;
    const [step] = compile(
      [
        `<Scrolly chart="${chart}">`,
        `  <Step state="${state}">`,
        `    It's *about* <Fact of="${key}" as="digits" /> launches,<span hidden>secret</span> <span aria-hidden="true">decor</span>[a link](#x) and <abbr title="t">NASA</abbr>.`,
        '',
        '    A second paragraph.',
        '  </Step>',
        '</Scrolly>',
      ].join('\n'),
    );
    expect(step!.words).toContainEqual({ fact: key, as: 'digits' });
    expect(stepText(step!.words)).toBe(`It’s about ${facts.get(key)!.value} launches, a link and NASA. A second paragraph.`);
  });

  it('stops on what it cannot quote, naming the file and the step', () => {
    const chart = chapterSteps[0]!.chart;
    const state = getChart(chart).states[0]!.id;
    const wrap = (inner: string) => `<Scrolly chart="${chart}">\n  <Step state="${state}">\n    ${inner}\n  </Step>\n</Scrolly>\n`;
    expect(() => compile(wrap('Launched {1 + 1} times.'))).toThrow(new RegExp(`content/chapters/test\\.mdx: <Step state="${state}">: \\{1 \\+ 1\\}`));
    expect(() => compile(wrap('A <Widget /> here.'))).toThrow(/<Step state="[^"]+">: <Widget/);
    expect(() => compile(wrap('A <Fact of={k} /> here.'))).toThrow(/<Fact of=\{…\}>/);
  });
});

describe('each step\'s card carries its words, title and label', () => {
  for (const words of chapterSteps) {
    it(stepId(words.chart, words.state), () => {
      const text = stepText(words.words);
      const chartTitle = site().chartCopy.get(words.chart)!.title;
      const stateLabel = getChart(words.chart).states.find((s) => s.id === words.state)!.label;
      const svg = stepCardSvg({ id: stepId(words.chart, words.state), chart: words.chart, state: words.state, chartTitle, stateLabel, text });
      const shown = squash(part(svg, 'words'));
      expect(clippedFrom(shown, text), `card: “${shown}”\nstep: “${text}”`).toBe(true);
      // At least the first sentence, or two lines' worth, fits.
      expect(shown.length).toBeGreaterThanOrEqual(Math.min(text.length, 80));
      expect(squash(part(svg, 'title'))).toBe(chartTitle);
      expect(squash(part(svg, 'label'))).toBe(stateLabel);
    });
  }

  it('a text too long for the card is cut at a word, with "…"', () => {
    const { chart, state } = chapterSteps[0]!;
    const text = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const shown = squash(part(stepCardSvg({ id: stepId(chart, state), chart, state, chartTitle: 'T', stateLabel: 'L', text }), 'words'));
    expect(shown.endsWith('…')).toBe(true);
    expect(clippedFrom(shown, text)).toBe(true);
  });
});
