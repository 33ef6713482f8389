// The plain chart pictures: every chart (at its final state) and every state of every chart, in the
// light and the dark palette, as SVG and as PNG at 1× and 2×. They are the fallback where no script
// runs (newsletters, RSS, AMP placeholders) and oEmbed's thumbnail; alt text is the state's description.
import { getChart, chartIds } from '../charts/registry';
import { stepId } from '../lib/step-id';
import { requireState } from '../charts/scene';
import type { Scheme } from '../styles/palette';
import type { PlainPicture } from '../charts/embed-snippet';
import { site } from '../data/site';
import { absolute, paths } from '../lib/urls';

export interface PlainImage {
  /** "<chart-id>" (final state) or "<chart-id>--<state-id>" */
  name: string;
  chart: string;
  state: string;
  scheme: Scheme;
}

export function plainImages(): PlainImage[] {
  return chartIds.flatMap((chart) => {
    const def = getChart(chart);
    const named = [{ name: chart, state: def.finalState }, ...def.states.map((s) => ({ name: stepId(chart, s.id), state: s.id }))];
    return named.flatMap((n) => (['light', 'dark'] as const).map((scheme) => ({ ...n, chart, scheme })));
  });
}

/** A chart's plain picture as a snippet names it: absolute URLs, size, and its state's description as alt text. */
export function plainPicture(chart: string, state: string | undefined, siteUrl: URL | undefined): PlainPicture {
  const def = getChart(chart);
  const shown = state ?? def.finalState;
  const name = state ? stepId(chart, state) : chart;
  return {
    src: absolute(paths.plainImage(name, 'light', 'png'), siteUrl),
    src2x: absolute(paths.plainImage(name, 'light', 'png', 2), siteUrl),
    width: def.defaultSize.width,
    height: def.defaultSize.height,
    alt: def.layout(site().shaped(chart), requireState(def, shown, 'plainPicture'), def.defaultSize).description,
  };
}
