// first-half-2025's look: a colour per lane; an event known only to its month is a dashed outline
// across the month; the label kinds the layout fits text by (their sizes are read by layout.ts).
// Only a type import: the Astro config loads this file in Node (src/integrations/theme-css.mjs).
import type { ChartStyle } from '../../styles/chart-style';

export const style = {
  series: { spacex: 'c-spacex', government: 'c-government', 'blue-origin': 'c-blue-origin' },
  labels: {
    'lane-name': { size: 13, weight: 700 },
    'event-new': { size: 13, weight: 600 },
    'event-new-compact': { size: 12, weight: 600 },
    'event-earlier': { size: 12, muted: true },
  },
  css: ({ colour: c, series }) => `.mark.month {
  fill: none;
  stroke-width: 1.5px;
  stroke-dasharray: 4 2;
}
${series.map(([s, token]) => `.mark.month[data-series='${s}'] {\n  stroke: ${c(token)};\n}`).join('\n')}`,
} satisfies ChartStyle;
