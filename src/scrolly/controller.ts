// Charts follow the scroll model: each block's chart shows the state of the block's step in view.
// The first look after load applies at once; every later change animates.
import { mountChart, type ChartHandle } from '../charts/client';
import { views } from '../charts/views';
import { startScrollModel, subscribe, type Block } from './scroll-model';

const charts = new Map<Block, ChartHandle>();

export function startScrolly(): void {
  for (const block of startScrollModel()) {
    const root = block.element.querySelector<HTMLElement>('[data-chart]');
    const chart = root ? mountChart(root, views[root.dataset.chart ?? '']) : undefined;
    if (chart) charts.set(block, chart);
  }
  subscribe((_, change) => {
    for (const block of change.blocks) {
      charts.get(block)?.setState(block.steps[block.index]?.dataset.step ?? '', { animate: !change.initial });
    }
  });
}
