// Bad input fails the build with a message that says where: the file, the record and the field.
// Each case is a real `astro build` of a scratch copy (one build each, so a case costs seconds):
// one chapter's frontmatter with two faults (both reported at once), a data file, and a step naming
// a state its chart does not have. Which chart and state: the first from the registry. Every other
// way a data file can be wrong goes through the same loadDatasets() the build's content loader calls,
// and is checked, case by case, in tests/unit/data-validation.test.ts; the share card's chart and
// state go through the same requireState() as a step's, checked in tests/unit/chart-ids.test.ts.
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy, cleanup, editFile } from './helpers/build';
import { blocks } from './helpers/registry';

test.describe.configure({ mode: 'parallel' });

const chaptersDir = join(process.cwd(), 'content', 'chapters');
const chapterFiles = readdirSync(chaptersDir).filter((f) => f.endsWith('.mdx')).sort();
const firstChapter = `content/chapters/${chapterFiles[0]}`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The first block of the story and the chapter file that writes it.
const block = blocks[0]!;
const step = block.steps[0]!;
const blockFile = `content/chapters/${chapterFiles.find((f) => readFileSync(join(chaptersDir, f), 'utf8').includes(`<Scrolly chart="${block.chart}"`))}`;

const cases: { name: string; file: string; edit: (t: string) => string; expect: RegExp[] }[] = [
  {
    name: 'a chapter without its title and with its order written as text',
    file: firstChapter,
    edit: (t) => t.replace(/^title: .*$/m, '').replace(/^order: \d+$/m, 'order: first'),
    expect: [new RegExp(esc(firstChapter)), /\btitle\b.*Required/, /\border\b.*number/],
  },
  {
    name: 'a launch count written as text',
    file: 'content/data/falcon-launches.json',
    edit: (t) => t.replace('"year": 2013, "launches": 3', '"year": 2013, "launches": "3"'),
    expect: [/content\/data\/falcon-launches\.json/, /years\[3\] \(year 2013\), field "launches"/, /expected number, got the text "3"/],
  },
  {
    name: 'a step that names no state of its chart',
    file: blockFile,
    edit: (t) => t.replace(`<Step state="${step.state}">`, `<Step state="${step.state}x">`),
    expect: [new RegExp(esc(blockFile)), new RegExp(esc(block.chart)), new RegExp(`${esc(step.state)}x`), /is not a state/],
  },
];

for (const c of cases) {
  test(`the build stops on ${c.name}, naming where`, async () => {
    const result = buildCopy((dir) => editFile(dir, c.file, c.edit));
    try {
      expect(result.status, result.output).not.toBe(0);
      for (const re of c.expect) expect(result.output).toMatch(re);
    } finally {
      cleanup(result);
    }
  });
}
