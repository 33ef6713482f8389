// mission-split's look: the three companies and the missions not yet assigned, and the bracket
// under "the average mission".
// Only a type import: the Astro config loads this file in Node (src/integrations/theme-css.mjs).
import type { ChartStyle } from '../../styles/chart-style';

export const style = {
  series: { spacex: 'c-spacex', 'blue-origin': 'c-blue-origin', ula: 'c-ula', unassigned: 'c-unassigned' },
  css: ({ colour: c }) => `.rule.bracket {
  stroke: ${c('fg')};
  stroke-width: 2px;
}`,
} satisfies ChartStyle;
