// launch-cadence's look: Falcon in SpaceX's colour, New Glenn in Blue Origin's; SpaceX's target
// outlined with dashes, not filled; the leader line to New Glenn's flights.
// Only a type import: the Astro config loads this file in Node (src/integrations/theme-css.mjs).
import type { ChartStyle } from '../../styles/chart-style';

export const style = {
  series: { falcon: 'c-spacex', 'new-glenn': 'c-blue-origin' },
  css: ({ colour: c }) => `.mark.expectation {
  fill: none;
  stroke: ${c('c-spacex')};
  stroke-width: 2px;
  stroke-dasharray: 5 3;
}
.rule.leader {
  stroke: ${c('c-blue-origin')};
  stroke-width: 1.5px;
}`,
} satisfies ChartStyle;
