// /images/<chart-id>.png: each chart at its final state, 1200 px wide at the chart's own aspect
// ratio, with its title and source line drawn in (linked from the embed panel and oEmbed).
// /images/<chart-id>--<state-id>.png: each step's 1200 × 630 share card (src/pages/share/).
import { CHART_IMAGE_WIDTH } from '../../charts/embed-snippet';
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds } from '../../charts/registry';
import { chartImageSvg } from '../../images/compose';
import { renderPng } from '../../images/render-png';
import { storySteps, type StoryStep } from '../../share/steps';
import { STEP_CARD, stepCardSvg } from '../../share/step-card';

export const getStaticPaths: GetStaticPaths = async () => [
  ...chartIds.map((chart) => ({ params: { image: chart }, props: { step: undefined } })),
  ...(await storySteps()).map((step) => ({ params: { image: step.id }, props: { step } })),
];

export const GET: APIRoute<{ step: StoryStep | undefined }> = ({ params, props }) => {
  const png = props.step
    ? renderPng(stepCardSvg(props.step), { width: STEP_CARD.width })
    : renderPng(chartImageSvg(String(params.image)).svg, { width: CHART_IMAGE_WIDTH });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
