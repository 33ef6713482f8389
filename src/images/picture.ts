// A chart state as an SVG file the page shows with <img>: the small picture each step carries for
// readers without JavaScript or with short windows, and the chart print shows. They were inline
// SVG (108 KB + 27 KB of the story's HTML); as files they load lazily, only where they are shown,
// and are cached for good: the file name carries a hash of the content (src/pages/pictures/).
//
// An SVG in an <img> sees none of the page's CSS, so each file carries its own: the chart rules
// (src/styles/chart-style.ts) with the palette (src/styles/palette.ts) as custom properties, the
// dark values under prefers-color-scheme (Chromium, Firefox and Safari give an image the scheme
// of the page that shows it). Print pictures stay light: paper is white. An image cannot use the
// page's web fonts either: labels take the reader's installed Inter where there is one, else the
// system's sans-serif.
import { createHash } from 'node:crypto';
import { chartIds, getChart } from '../charts/registry';
import { requireState, type Size } from '../charts/scene';
import { sceneToSvg } from '../charts/server-svg';
import { site } from '../data/site';
import { chartCss } from '../styles/chart-style';
import { chartStyles } from '../charts/styles';
import { schemeColours } from '../styles/palette';

/** step: a step's small picture; print: the chart print shows; chart: a story chart's first state at
 *  its full size, drawn under its (still empty) pinned SVG until the chart's data has come; narrow: an
 *  embed's first state drawn for a phone-wide frame, shown there where no script can draw it. */
export type PictureKind = 'step' | 'print' | 'chart' | 'narrow';

export interface Picture {
  /** below the base path, e.g. "pictures/<chart-id>--<state>.step.<hash>.svg" */
  path: string;
  /** the file name without ".svg": the route's parameter */
  name: string;
  svg: string;
  /** the state's description: the <img>'s alt text */
  alt: string;
  width: number;
  height: number;
}

/** The size a step's picture is laid out at (it scales to its column). */
export const STEP_PICTURE: Size = { width: 420, height: 300 };
/** An embed's drawing for a frame at most 32rem wide, whose canvas is square (src/styles/scrolly.css):
 *  the canvas of a 320 px frame (less the page's 0.5rem padding), what a script would draw there. Any
 *  phone-wide frame shows it at its size or larger, never the desktop drawing scaled to 8 px labels. */
export const NARROW_PICTURE: Size = { width: 304, height: 304 };

const UI_FONT = "'Inter Variable', Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

const vars = (scheme: 'light' | 'dark') =>
  [...schemeColours(scheme)].map(([k, v]) => `${k}:${v}`).join(';');

let css: Record<PictureKind, string> | undefined;
function pictureCss(kind: PictureKind): string {
  css ??= (() => {
    const rules = chartCss({ colour: (t) => `var(--${t})`, uiFont: UI_FONT }, chartStyles)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s*\n\s*/g, '')
      .replace(/:\s+/g, ':');
    const light = `svg{${vars('light')}}`;
    const dark = `@media (prefers-color-scheme:dark){svg{${vars('dark')}}}`;
    // Every picture follows the reader's scheme but print's: paper is white.
    const screen = `${light}${dark}${rules}`;
    return { step: screen, chart: screen, narrow: screen, print: `${light}${rules}` };
  })();
  return css[kind];
}

const cache = new Map<string, Picture>();

/** The picture of `chartId` in `stateId`: a step's small picture, the print chart, or a pinned chart's first look. */
export function chartPicture(chartId: string, stateId: string, kind: PictureKind): Picture {
  const key = `${chartId}\n${stateId}\n${kind}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const def = getChart(chartId);
  const { chartCopy, shaped } = site();
  const size = kind === 'step' ? STEP_PICTURE : kind === 'narrow' ? NARROW_PICTURE : def.defaultSize;
  const scene = def.layout(shaped(chartId), requireState(def, stateId, 'chartPicture'), size);
  const round = (n: number) => Math.round(n * 100) / 100;
  const svg = sceneToSvg(scene, {
    titleId: 't',
    descId: 'd',
    title: chartCopy.get(chartId)?.takeaway ?? chartId,
    attrs: { width: round(size.width), height: round(size.height) },
    prelude: `<style>${pictureCss(kind)}</style>`,
  });
  // 8 hex digits (not 10): the story names some forty pictures, and its HTML is on the first paint's path
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 8);
  const name = `${chartId}--${stateId}.${kind}.${hash}`;
  const picture: Picture = { path: `pictures/${name}.svg`, name, svg, alt: scene.description, width: round(size.width), height: round(size.height) };
  cache.set(key, picture);
  return picture;
}

/** Every picture the pages can refer to: each state of each chart, as a step picture, for print and at
 *  full size; and each chart's default state narrow (an embed without script shows only that state). */
export function allPictures(): Picture[] {
  return chartIds.flatMap((id) => {
    const def = getChart(id);
    return [...def.states.flatMap((s) => (['step', 'print', 'chart'] as const).map((kind) => chartPicture(id, s.id, kind))), chartPicture(id, def.defaultState, 'narrow')];
  });
}
