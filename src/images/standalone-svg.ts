// A chart state as a self-contained SVG file: what a non-browser renderer (resvg, an image viewer,
// a CMS) needs without the page's stylesheet. The chart is drawn by the same renderer as the
// page (sceneToSvg); its look comes from the chart rules of src/styles/base.css — .mark, .rule,
// .label — with the light palette's custom properties written out as plain colours, so the image
// follows any change to the page's palette.
import baseCss from '../styles/base.css?raw';
import { getChart } from '../charts/registry';
import { sceneToSvg } from '../charts/server-svg';
import type { Size } from '../charts/scene';
import { site } from '../data/site';
import { svgFontFamily } from './fonts';

export interface StandaloneOptions {
  /** paint the page's light background under the chart (default: transparent) */
  background?: boolean;
}

interface CssRule {
  selectors: string[];
  body: string;
}

/** Top-level rules and at-rules of a stylesheet, comments removed. Nested blocks stay in `body`. */
function topLevelRules(css: string): { prelude: string; body: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: { prelude: string; body: string }[] = [];
  let depth = 0;
  let start = 0;
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        out.push({ prelude: text.slice(start, open).trim(), body: text.slice(open + 1, i).trim() });
        start = i + 1;
      }
    }
  }
  return out;
}

function declarations(body: string): [string, string][] {
  return body
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const colon = d.indexOf(':');
      return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()] as [string, string];
    });
}

let cachedStyle: string | undefined;

/** The chart rules of base.css with the light palette resolved: plain CSS that resvg understands. */
export function chartImageCss(): string {
  if (cachedStyle) return cachedStyle;
  const rules = topLevelRules(baseCss);
  const root = rules.find((r) => r.prelude === ':root');
  if (!root) throw new Error('standalone-svg: src/styles/base.css has no top-level :root block with the light palette');
  const vars = new Map(declarations(root.body).filter(([k]) => k.startsWith('--')));
  const resolve = (value: string, seen: string[] = []): string =>
    value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)/g, (_, name: string, fallback?: string) => {
      if (seen.includes(name)) throw new Error(`standalone-svg: base.css custom property ${name} refers to itself`);
      const v = vars.get(name) ?? fallback;
      if (v === undefined) throw new Error(`standalone-svg: base.css uses ${name}, which the light palette (:root) does not define`);
      return resolve(v, [...seen, name]);
    });
  const chartRules: CssRule[] = rules
    .filter((r) => !r.prelude.startsWith('@'))
    .map((r) => ({ selectors: r.prelude.split(',').map((s) => s.trim()), body: r.body }))
    .filter((r) => r.selectors.every((s) => /^\.(mark|rule|label)(?![\w-])/.test(s)));
  if (!chartRules.length) throw new Error('standalone-svg: found no .mark, .rule or .label rules in src/styles/base.css');
  cachedStyle = chartRules
    .map((r) => {
      const decls = declarations(r.body).map(([k, v]) => [k, k === 'font-family' ? svgFontFamily.ui : resolve(v)]);
      return `${r.selectors.join(',')}{${decls.map(([k, v]) => `${k}:${v}`).join(';')}}`;
    })
    .join('\n');
  return cachedStyle;
}

/** The light page background, for images that sit on no page. */
export function lightPalette(): Map<string, string> {
  const root = topLevelRules(baseCss).find((r) => r.prelude === ':root');
  return new Map(declarations(root?.body ?? '').filter(([k, v]) => k.startsWith('--') && !v.includes('var(')));
}

/**
 * The chart `chartId` in state `stateId`, laid out at `size`, as an SVG document with its own
 * <style>, explicit width and height, and (if asked) a background.
 */
export function standaloneChartSvg(chartId: string, stateId: string, size: Size, opts: StandaloneOptions = {}): string {
  const def = getChart(chartId).definition;
  if (!def.states.some((s) => s.id === stateId)) {
    throw new Error(`standaloneChartSvg: "${stateId}" is not a state of ${chartId} (${def.states.map((s) => s.id).join(', ')})`);
  }
  const { chartCopy, shaped } = site();
  const scene = def.layout(shaped(chartId), stateId, size);
  const svg = sceneToSvg(scene, {
    titleId: `${chartId}-image-title`,
    descId: `${chartId}-image-desc`,
    title: chartCopy.get(chartId)?.takeaway ?? chartId,
  });
  const bg = lightPalette().get('--bg') ?? '#ffffff';
  const style = `<style>${chartImageCss()}</style>`;
  const background = opts.background ? `<rect class="background" width="100%" height="100%" fill="${bg}"/>` : '';
  const width = Math.round(size.width * 100) / 100;
  const height = Math.round(size.height * 100) / 100;
  // After <title> and <desc>, which must stay the first children for assistive technology.
  return svg
    .replace(/^<svg /, `<svg width="${width}" height="${height}" `)
    .replace(/(<\/desc>)/, `$1${style}${background}`);
}
