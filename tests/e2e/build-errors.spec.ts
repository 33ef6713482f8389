// Bad input fails the build with a message that says where: the file, the record and the field.
import { expect, test } from '@playwright/test';
import { buildCopy, cleanup, editFile } from './helpers/build';

test.describe.configure({ mode: 'parallel' });

const cases: { name: string; file: string; edit: (t: string) => string; expect: RegExp[] }[] = [
  {
    name: 'a chapter without its title',
    file: 'content/chapters/03-the-cadence-gap.mdx',
    edit: (t) => t.replace(/^title: .*$/m, ''),
    expect: [/03-the-cadence-gap\.mdx/, /title/],
  },
  {
    name: 'a chapter whose order is text',
    file: 'content/chapters/01-the-award.mdx',
    edit: (t) => t.replace(/^order: 1$/m, 'order: first'),
    expect: [/01-the-award\.mdx/, /order/],
  },
  {
    name: 'a launch count written as text',
    file: 'content/data/falcon-launches.json',
    edit: (t) => t.replace('"year": 2013, "launches": 3', '"year": 2013, "launches": "3"'),
    expect: [/content\/data\/falcon-launches\.json/, /years\[3\] \(year 2013\), field "launches"/, /expected number, got the text "3"/],
  },
  {
    name: 'a provider whose source is not listed',
    file: 'content/data/nssl-phase3-lane2.json',
    edit: (t) => {
      const d = JSON.parse(t);
      d.providers[0].source = 'nowhere';
      return JSON.stringify(d, null, 2);
    },
    expect: [/nssl-phase3-lane2\.json/, /providers\[0\] \(id spacex\), field "source"/, /"nowhere" is not listed/],
  },
  {
    name: 'a share card naming a state its chart does not have',
    file: 'content/story.json',
    edit: (t) => t.replace(/"shareCard": \{[^}]*\}/, '"shareCard": { "chart": "mission-split", "state": "nowhere" }'),
    expect: [/content\/story\.json/, /field "shareCard"/, /"nowhere" is not a state of mission-split/],
  },
  {
    name: 'a step that names no state of its chart',
    file: 'content/chapters/01-the-award.mdx',
    edit: (t) => t.replace('<Step state="ula">', '<Step state="ulaa">'),
    expect: [/content\/chapters\/01-the-award\.mdx/, /mission-split/, /ulaa/, /is not a state/],
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
