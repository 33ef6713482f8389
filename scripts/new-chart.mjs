// npm run new-chart -- <chart-id>
// Writes a minimal working chart folder, src/charts/<chart-id>/ (one state, one bar per company of
// the 2027–2032 award, its style and a test), and its copy entry in content/charts.json. As written,
// it builds, has an embed page, oEmbed, CSV, PNG and passes the contract tests
// (tests/unit/chart-contract.test.ts). README.md, "Adding a chart", says how to grow it.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const templates = join(root, 'scripts', 'new-chart');
const id = process.argv[2] ?? '';

// The rule defineView applies (src/charts/scene.ts, src/lib/step-id.ts).
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id.length > 64) {
  console.error(`new-chart: "${id}" is not a chart id: lower-case letters and digits in words joined by single hyphens, like "previous-round"`);
  console.error('usage: npm run new-chart -- <chart-id>');
  process.exit(1);
}
const folder = join(root, 'src', 'charts', id);
if (existsSync(folder)) {
  console.error(`new-chart: src/charts/${id}/ already exists`);
  process.exit(1);
}

// Templates name the chart __ID__ and its TypeScript names __NAME__ (previousRound, PreviousRound…).
const camel = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = camel[0].toUpperCase() + camel.slice(1);
const fill = (text) => text.replaceAll('__ID__', id).replaceAll('__Name__', pascal).replaceAll('__name__', camel);

mkdirSync(folder, { recursive: true });
for (const name of readdirSync(templates)) {
  const out = fill(name.replace(/\.txt$/, ''));
  writeFileSync(join(folder, out), fill(readFileSync(join(templates, name), 'utf8')));
  console.log(`wrote src/charts/${id}/${out}`);
}

const copyFile = join(root, 'content', 'charts.json');
const copy = JSON.parse(readFileSync(copyFile, 'utf8'));
if (!copy.charts.some((c) => c.id === id)) {
  copy.charts.push({
    id,
    title: 'Missions by company, 2027–2032',
    takeaway: 'SpaceX won {nssl.spacex.missions} of the {nssl.total.missions} missions.',
    caption: 'One bar per company, as long as its count of missions in the award of {nssl.announced}.',
  });
  writeFileSync(copyFile, `${JSON.stringify(copy, null, 2)}\n`);
  console.log('added its title, takeaway and caption to content/charts.json');
}
console.log(`\nNext: npm run build, then open /embed/${id}/. Add a block to a chapter with <Scrolly chart="${id}"> and one <Step state="…"> per state.`);
