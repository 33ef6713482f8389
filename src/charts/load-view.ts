// One chart's browser side, loaded on its own: an embed page fetches only the chart it shows.
// (Apart from views.ts, whose eager glob would put every chart in the embed's bundle.)
import type { ChartView } from './scene';
import { isId } from '../lib/step-id';

const lazy = import.meta.glob<ChartView<unknown>>('./*/view.ts', { import: 'view' });

export function loadView(id: string): Promise<ChartView<unknown>> | undefined {
  // Only a folder name matches: an id from the page can never name another path.
  return isId(id) ? lazy[`./${id}/view.ts`]?.() : undefined;
}
