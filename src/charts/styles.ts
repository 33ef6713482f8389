// Every chart's style (src/charts/<id>/style.ts), discovered, for the build-time images and the
// tests. The pages get the same styles through src/integrations/theme-css.mjs, which finds them
// the same way (folder names, in sorted order), so both write the same rules in the same order.
import type { ChartStyle } from '../styles/chart-style';

const modules = import.meta.glob<ChartStyle>('./*/style.ts', { eager: true, import: 'style' });

export const chartStyles: Record<string, ChartStyle> = Object.fromEntries(
  Object.entries(modules)
    .map(([path, style]) => [path.split('/')[1]!, style] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
