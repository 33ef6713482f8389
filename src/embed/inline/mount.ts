// The script embed's browser side: draws one chart inside a host element's shadow root, from the
// markup and data our build put in the chart's module (dist/chart/<id>.js). Only our own build-time
// markup is parsed as HTML; the host's attributes are compared against known values, never inserted.
import { mountChart, provideRenderer, type ChartHandle } from '../../charts/client';
import { renderScene } from '../../charts/render';
import { resolveState, type ChartView } from '../../charts/scene';
import { stepId } from '../../lib/step-id';

export interface ChartModule {
  id: string;
  /** mounts the chart in `host`'s shadow root; `state` is the host's data-state, checked here */
  mount(host: HTMLElement, opts: { state?: string | null; storyUrl: string; base: string }): ChartHandle | undefined;
}

export function defineChartModule(view: ChartView<unknown>, markup: string, css: string): ChartModule {
  // The chart is drawn as it mounts: its renderer is in this module, not fetched after it.
  provideRenderer({ renderScene });
  return {
    id: view.id,
    mount(host, { state, storyUrl, base }) {
      const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
      const sheet = document.createElement('style');
      sheet.textContent = css;
      const body = document.createElement('div');
      body.innerHTML = markup;
      shadow.replaceChildren(sheet, ...body.childNodes);
      const root = shadow.querySelector<HTMLElement>('[data-chart]');
      if (!root) return undefined;
      const chart = mountChart(root, view);
      if (!chart) return undefined;
      chart.setState(resolveState(view, state).id, { animate: false });
      for (const a of shadow.querySelectorAll<HTMLAnchorElement>('a[data-href]')) a.href = new URL(a.dataset.href ?? '', base).href;
      // "Read the story" opens the story at the step that shows what the chart shows.
      const link = shadow.querySelector<HTMLAnchorElement>('[data-story-link]');
      const follow = () => {
        if (link) link.href = `${storyUrl}#${stepId(view.id, chart.state())}`;
      };
      follow();
      new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ['data-state'] });
      return chart;
    },
  };
}
