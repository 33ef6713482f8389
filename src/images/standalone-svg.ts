// A chart state as a self-contained SVG file: what a non-browser renderer (resvg, an image viewer,
// a CMS) needs without the page's stylesheet. The chart is drawn by the same renderer as the
// page (sceneToSvg); its look comes from the same chart rules the pages get
// (src/styles/chart-style.ts and each chart's style.ts), with the light palette's colours (src/styles/palette.ts) written
// out as plain values, since resvg knows no custom properties. No CSS is parsed here.
import { getChart } from '../charts/registry';
import { sceneToSvg } from '../charts/server-svg';
import { requireState, type Size } from '../charts/scene';
import { site } from '../data/site';
import { chartCss } from '../styles/chart-style';
import { chartStyles } from '../charts/styles';
import { colour, schemeColours, type Scheme } from '../styles/palette';
import { svgFontFamily } from './fonts';

export interface StandaloneOptions {
  /** paint the page's background under the chart (default: transparent) */
  background?: boolean;
  /** the palette drawn in (default: light, as on paper) */
  scheme?: Scheme;
}

const cachedStyle = new Map<Scheme, string>();

/** The chart rules with one scheme's palette written out: plain CSS that resvg understands. */
export function chartImageCss(scheme: Scheme = 'light'): string {
  let css = cachedStyle.get(scheme);
  if (!css) cachedStyle.set(scheme, (css = chartCss({ colour: (t) => colour(t, scheme), uiFont: svgFontFamily.ui }, chartStyles)));
  return css;
}

/** The light palette, keyed by custom property name (`--bg`, `--c-spacex`…), for images that sit on no page. */
export function lightPalette(): Map<string, string> {
  return schemeColours('light');
}

/**
 * The chart `chartId` in state `stateId`, laid out at `size`, as an SVG document with its own
 * <style>, explicit width and height, and (if asked) a background.
 */
export function standaloneChartSvg(chartId: string, stateId: string, size: Size, opts: StandaloneOptions = {}): string {
  const def = getChart(chartId);
  const { chartCopy, shaped } = site();
  const scene = def.layout(shaped(chartId), requireState(def, stateId, `the image of ${chartId}`), size);
  const scheme = opts.scheme ?? 'light';
  const bg = colour('bg', scheme);
  const style = `<style>${chartImageCss(scheme)}</style>`;
  const background = opts.background ? `<rect class="background" width="100%" height="100%" fill="${bg}"/>` : '';
  const round = (n: number) => Math.round(n * 100) / 100;
  return sceneToSvg(scene, {
    titleId: `${chartId}-image-title`,
    descId: `${chartId}-image-desc`,
    title: chartCopy.get(chartId)?.takeaway ?? chartId,
    // x and y let another picture nest this one (they mean nothing on an outermost <svg>).
    attrs: { width: round(size.width), height: round(size.height), x: 0, y: 0 },
    prelude: style + background,
  });
}
