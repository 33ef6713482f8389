// axe-core runs for the browser tests. @axe-core/playwright's analyze() injects axe into the page
// on every call and finishes each run in a new blank page (so results from cross-origin frames can
// be merged): about 2.5 times the cost of the check itself. A page without frames needs none of
// that: axe is injected once per document and axe.run() called directly, with the same rules and
// the same results. A page with frames (a host page with an embed) still goes through AxeBuilder.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

// The axe-core that @axe-core/playwright itself injects, in its minified build: the same rules in
// 0.58 MB instead of 1.3 MB, sent through the browser's pipe and compiled for every page checked.
const axeSource: string = readFileSync(join(dirname(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core')), 'axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules a colour scheme can break. A page's second scheme changes its colours and nothing else
 * (they are light-dark() custom properties), so it is checked with these; the first scheme gets every rule.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The violations axe finds on the page (or inside `include`), checked against `tags`, or only the given `rules`. */
export async function axeViolations(
  page: Page,
  { tags = WCAG_TAGS, rules, include }: { tags?: string[]; rules?: string[]; include?: string | string[] } = {},
): Promise<AxeResults['violations']> {
  const parts = include === undefined ? [] : ([] as string[]).concat(include);
  // Violations only: collecting every passing node as well costs a third of the time on the story page.
  const options: RunOptions = { runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags }, resultTypes: ['violations'] };
  if (page.frames().length > 1) {
    const axe = new AxeBuilder({ page, axeSource }).options({ resultTypes: ['violations'] });
    if (rules) axe.withRules(rules);
    else axe.withTags(tags);
    for (const part of parts) axe.include(part);
    return (await axe.analyze()).violations;
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    ([sel, opts]) => (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }).axe.run(sel.length ? { include: sel } : document, opts),
    [parts, options] as const,
  );
  return results.violations;
}

/** One line per violation: rule, impact, help and up to four of the nodes it found. */
export function describeViolations(violations: AxeResults['violations']): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).slice(0, 4).join(' | ')}`);
}
