// How chart marks, rules and labels look, written once for two readers: the pages (colours as
// var(--token), so they follow light, dark and ?theme) and the build-time images (colours written
// out from the light palette, for resvg, which knows no custom properties). A new series or mark
// class is styled here, and both the page and the PNGs pick it up.
import type { ColourToken } from './palette';

export interface ChartStyleValues {
  /** a palette colour as this output writes it */
  colour: (token: ColourToken) => string;
  /** the UI font-family list */
  uiFont: string;
}

/** Series drawn in each token's colour (marks by data-series, labels by .series-<id>). */
const seriesColours: [series: string[], token: ColourToken][] = [
  [['spacex', 'falcon'], 'c-spacex'],
  [['blue-origin', 'new-glenn'], 'c-blue-origin'],
  [['ula'], 'c-ula'],
  [['unassigned'], 'c-unassigned'],
  [['government'], 'c-government'],
];

export function chartCss({ colour: c, uiFont }: ChartStyleValues): string {
  const markSeries = seriesColours
    .map(([series, token]) => `${series.map((s) => `.mark[data-series='${s}']`).join(',\n')} {\n  fill: ${c(token)};\n}`)
    .join('\n');
  const monthSeries = seriesColours
    .map(([series, token]) => `${series.map((s) => `.mark.month[data-series='${s}']`).join(',\n')} {\n  stroke: ${c(token)};\n}`)
    .join('\n');
  const labelSeries = seriesColours
    .map(([series, token]) => `${series.map((s) => `.label.series-${s}`).join(',\n')} {\n  fill: ${c(token)};\n}`)
    .join('\n');
  return `/* Marks: colour by series, and never colour alone: labels name every group, and expectations
   and plans are outlined with dashes rather than filled. */
.mark {
  fill: ${c('c-unassigned')};
  stroke: ${c('bg')};
  stroke-width: 1px;
}
${markSeries}
.mark.expectation {
  fill: none;
  stroke: ${c('c-falcon')};
  stroke-width: 2px;
  stroke-dasharray: 5 3;
}
.mark.planned {
  fill: none;
  stroke: ${c('c-new-glenn')};
  stroke-width: 2px;
  stroke-dasharray: 3 2;
}
.mark.emphasis {
  stroke: ${c('fg')};
  stroke-width: 2px;
}
/* An event known only to its month: an outline across the month, dashed, not a filled square. */
.mark.month {
  fill: none;
  stroke-width: 1.5px;
  stroke-dasharray: 4 2;
}
${monthSeries}
.rule {
  stroke: ${c('rule')};
  stroke-width: 1px;
}
.rule.baseline {
  stroke: ${c('muted')};
}
.rule.leader {
  stroke: ${c('c-new-glenn')};
  stroke-width: 1.5px;
}
.rule.bracket {
  stroke: ${c('fg')};
  stroke-width: 2px;
}
.label {
  fill: ${c('fg')};
  font-family: ${uiFont};
  font-size: 14px;
  /* a halo in the page colour keeps labels legible where they cross bars or gridlines */
  paint-order: stroke;
  stroke: ${c('bg')};
  stroke-width: 3px;
  stroke-linejoin: round;
}
.label.group-label {
  font-weight: 650;
}
.label.tick {
  fill: ${c('muted')};
  font-size: 12px;
  font-variant-numeric: tabular-nums;
}
.label.annotation {
  font-size: 13px;
  font-weight: 600;
}
${labelSeries}
/* Timeline labels. Sizes match FONT_PX in the timeline's layout.ts, which fits labels by them. */
.label.lane-name {
  font-size: 13px;
  font-weight: 700;
}
.label.event-new {
  font-size: 13px;
  font-weight: 600;
}
.label.event-new-compact {
  font-size: 12px;
  font-weight: 600;
}
.label.event-earlier {
  font-size: 12px;
  fill: ${c('muted')};
}
`;
}

/** The chart rules for the pages: colours and font from the custom properties. */
export const pageChartCss = (): string => chartCss({ colour: (t) => `var(--${t})`, uiFont: 'var(--font-ui)' });
