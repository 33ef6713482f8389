// Every chart's browser side, bundled together: the story page shows them all.
import type { ChartView } from './scene';
import { byFolder } from './discover';

export const views = byFolder(import.meta.glob<ChartView<unknown>>('./*/view.ts', { eager: true, import: 'view' }), 'view.ts');
