// URLs under the base path, relative for links inside the site and absolute (SITE_URL) for
// anything that leaves it: canonical links, oEmbed, share cards, embed snippets.
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** "embed/<chart-id>/" → "/news/space-race/embed/<chart-id>/" */
export function withBase(path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** An absolute URL on the site's origin, under the base path. */
export function absolute(path = '', site: URL | undefined = undefined): string {
  const origin = site ?? new URL(import.meta.env.SITE ?? 'http://localhost:4321');
  return new URL(withBase(path), origin).href;
}

export const paths = {
  story: (hash = '') => withBase(hash ? `#${hash}` : ''),
  embed: (chart: string) => `embed/${chart}/`,
  /** the source list, where each figure links (src/pages/sources.astro) */
  sources: () => 'sources/',
  /** a step's share page (src/pages/share/[step].astro; "Copy link to this step" builds the same in src/reader/main.ts) */
  share: (step: string) => `share/${step}/`,
  oembed: (chart: string) => `oembed/${chart}.json`,
  csv: (chart: string) => `data/${chart}.csv`,
  image: (chart: string) => `images/${chart}.png`,
  loader: () => 'embed.js',
  /** a chart's plain picture (no card frame) for places where nothing runs: one state, one scheme, 1× or 2× */
  plainImage: (name: string, scheme: 'light' | 'dark', ext: 'svg' | 'png', density: 1 | 2 = 1) =>
    `images/plain/${name}.${scheme}${density === 2 ? '@2x' : ''}.${ext}`,
  /** the script embed's ES module for one chart (src/pages/chart/[chart].js.ts) */
  chartModule: (chart: string) => `chart/${chart}.js`,
};
