// previous-round's look: the companies in their colours, a round not yet split in grey, and the
// lines that join the two rounds where the companies' shares meet. Only a type import: the Astro
// config loads this file in Node (src/integrations/theme-css.mjs).
import type { ChartStyle } from '../../styles/chart-style';

export const style = {
  series: { spacex: 'c-spacex', ula: 'c-ula', 'blue-origin': 'c-blue-origin', unassigned: 'c-unassigned' },
  // a faded round's company names: a group label's size and weight, in the muted text colour
  labels: { 'faded-name': { size: 14, weight: 650, muted: true } },
  css: ({ colour: c }) => `.rule.shift {
  stroke: ${c('fg')};
  stroke-width: 1.5px;
  stroke-dasharray: 4 3;
}`,
} satisfies ChartStyle;
