// How chart marks, rules and labels look, written once for two readers: the pages (colours as
// var(--token), so they follow light, dark and ?theme) and the build-time images (colours written
// out from the light palette, for resvg, which knows no custom properties).
//
// This module holds what every chart shares (marks, rules, the label kinds any layout may use);
// each chart's folder says the rest in its style.ts (`style = {…} satisfies ChartStyle`): which series it
// draws in which palette colour, the size of its own label kinds (read by its layout too, so the
// two cannot differ) and the rules for its own variants. A chart's style.ts may only import
// types: the Astro config loads it in Node before Vite runs (src/integrations/theme-css.mjs).
import type { ColourToken } from './palette';

export interface ChartStyleValues {
  /** a palette colour as this output writes it */
  colour: (token: ColourToken) => string;
  /** the UI font-family list */
  uiFont: string;
}

/** A kind of label: its size in px (what a layout fits text by), weight, and a muted colour. */
export interface LabelKind {
  size: number;
  weight?: number;
  muted?: boolean;
  tabular?: boolean;
}

export interface ChartStyle {
  /** each series the chart draws (data-series on marks, series-<id> on labels) and its palette colour */
  series: Record<string, ColourToken>;
  /** the chart's own label kinds (TextLabel.variant), beyond the shared ones below */
  labels?: Record<string, LabelKind>;
  /** rules for the chart's own mark and rule variants; `series` lists its series with their colours */
  css?: (values: ChartStyleValues & { series: [string, ColourToken][] }) => string;
}

/** A chart's style, as its folder's style.ts declares it. */
export const defineStyle = (style: ChartStyle): ChartStyle => style;

/** Every label is this size unless its kind says otherwise. */
export const DEFAULT_LABEL_PX = 14;

/** Label kinds any chart may use. */
export const sharedLabels = {
  'group-label': { size: DEFAULT_LABEL_PX, weight: 650 },
  tick: { size: 12, muted: true, tabular: true },
  annotation: { size: 13, weight: 600 },
} as const satisfies Record<string, LabelKind>;

/**
 * The font size a label is drawn at, from its variant's classes: the last class that names a
 * kind wins, as in the stylesheet (a chart's own kinds come after the shared ones).
 */
export function labelPx(variant: string | undefined, style: ChartStyle | undefined): number {
  const kinds: Record<string, LabelKind> = { ...sharedLabels, ...style?.labels };
  let px = DEFAULT_LABEL_PX;
  for (const cls of (variant ?? '').split(/\s+/)) if (kinds[cls]) px = kinds[cls].size;
  return px;
}

const labelRule = (name: string, k: LabelKind, c: ChartStyleValues['colour']) =>
  `.label.${name} {\n  font-size: ${k.size}px;\n${k.weight ? `  font-weight: ${k.weight};\n` : ''}${k.muted ? `  fill: ${c('muted')};\n` : ''}${k.tabular ? '  font-variant-numeric: tabular-nums;\n' : ''}}`;

/** Each series once, with its colour; two charts giving one series two colours stop the build. */
function allSeries(styles: Record<string, ChartStyle>): [string, ColourToken][] {
  const out = new Map<string, [ColourToken, string]>();
  for (const [chart, style] of Object.entries(styles)) {
    for (const [series, token] of Object.entries(style.series)) {
      const seen = out.get(series);
      if (seen && seen[0] !== token) {
        throw new Error(`src/charts/${chart}/style.ts: series "${series}" is drawn in ${token}, but src/charts/${seen[1]}/style.ts draws it in ${seen[0]}`);
      }
      out.set(series, [token, seen?.[1] ?? chart]);
    }
  }
  return [...out].map(([series, [token]]) => [series, token]);
}

/** The chart rules: the shared ones, every chart's series colours, then each chart's own rules. */
export function chartCss(values: ChartStyleValues, styles: Record<string, ChartStyle>): string {
  const { colour: c, uiFont } = values;
  const series = allSeries(styles);
  const seriesRules = series
    .map(([s, token]) => `.mark[data-series='${s}'] {\n  fill: ${c(token)};\n}\n.label.series-${s} {\n  fill: ${c(token)};\n}`)
    .join('\n');
  const own = Object.entries(styles)
    .map(([chart, style]) => {
      const rules = [
        ...Object.entries(style.labels ?? {}).map(([name, k]) => labelRule(name, k, c)),
        style.css?.({ ...values, series: Object.entries(style.series) }) ?? '',
      ].filter(Boolean);
      return rules.length ? `/* ${chart} (src/charts/${chart}/style.ts) */\n${rules.join('\n')}` : '';
    })
    .filter(Boolean)
    .join('\n');
  return `/* Marks: colour by series, and never colour alone: labels name every group, and expectations
   and plans are outlined with dashes rather than filled. */
.mark {
  fill: ${c('c-unassigned')};
  stroke: ${c('bg')};
  stroke-width: 1px;
}
.mark.emphasis {
  stroke: ${c('fg')};
  stroke-width: 2px;
}
.rule {
  stroke: ${c('rule')};
  stroke-width: 1px;
}
.rule.baseline {
  stroke: ${c('muted')};
}
.label {
  fill: ${c('fg')};
  font-family: ${uiFont};
  font-size: ${DEFAULT_LABEL_PX}px;
  /* a halo in the page colour keeps labels legible where they cross bars or gridlines */
  paint-order: stroke;
  stroke: ${c('bg')};
  stroke-width: 3px;
  stroke-linejoin: round;
}
${Object.entries(sharedLabels).map(([name, k]) => labelRule(name, k, c)).join('\n')}
${seriesRules}
${own}
`;
}

/** The chart rules for the pages: colours and font from the custom properties. */
export const pageChartCss = (styles: Record<string, ChartStyle>): string => chartCss({ colour: (t) => `var(--${t})`, uiFont: 'var(--font-ui)' }, styles);
