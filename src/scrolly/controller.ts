// Charts follow the scroll model: each block's chart shows the state of the block's step in view.
// The first look after load applies at once; every later change animates. Once the reader settles
// on a step (no other step for SETTLE_MS), its chart's live region says "Step n of N" and the
// state's short sentence, the words the step itself carries at its top: a fast scroll through a
// block is said once, where it ends, and the first step is said on arrival like any other.
import { mountChart, provideRenderer, SETTLE_MS, type ChartHandle } from '../charts/client';
import { views } from '../charts/views';
import { stepAnnouncement } from '../charts/narration';
import { debounce } from '../lib/debounce';
import { startScrollModel, subscribe, type Block } from './scroll-model';

const charts = new Map<Block, ChartHandle>();

export function startScrolly(): void {
  // Drawn only as they near the screen: the renderer comes with the first (src/charts/client.ts).
  provideRenderer(() => import('../charts/render'));
  for (const block of startScrollModel()) {
    const root = block.element.querySelector<HTMLElement>('[data-chart]');
    const chart = root ? mountChart(root, views[root.dataset.chart ?? ''], { narrate: false }) : undefined;
    if (chart) charts.set(block, chart);
  }
  let heard: HTMLElement | undefined;
  let pending: HTMLElement | undefined;
  const announce = debounce((block: Block, step: HTMLElement) => {
    const chart = charts.get(block);
    if (!chart || step === heard) return;
    heard = step;
    // A chart whose data file is still on its way says its step once the data has come.
    void chart.ready.then(() => {
      if (heard === step && chart.summary()) chart.announce(stepAnnouncement(block.steps.indexOf(step), block.steps.length, chart.summary()));
    });
  }, SETTLE_MS);
  subscribe((state, change) => {
    for (const block of change.blocks) {
      charts.get(block)?.setState(block.steps[block.index]?.dataset.step ?? '', { animate: !change.initial });
    }
    // Only a change of step restarts the wait: scrolling within a step does not put it off.
    if (state.step === pending && !change.initial) return;
    pending = state.step;
    if (state.block && state.step) announce(state.block, state.step);
    else {
      announce.cancel();
      heard = undefined;
    }
  });
}
