// /images/plain/<chart>[--<state>].<light|dark>[@2x].png: a chart's plain picture as PNG, at its
// own size and at twice it for sharp screens (src/images/plain-images.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartImageSvg } from '../../../images/compose';
import { plainImages, type PlainImage } from '../../../images/plain-images';
import { renderPng } from '../../../images/render-png';

export const getStaticPaths: GetStaticPaths = () =>
  plainImages().flatMap((img) =>
    ([1, 2] as const).map((density) => ({ params: { image: `${img.name}.${img.scheme}${density === 2 ? '@2x' : ''}` }, props: { ...img, density } })),
  );

export const GET: APIRoute<PlainImage & { density: 1 | 2 }> = ({ props }) => {
  const { svg, width } = chartImageSvg(props.chart, { state: props.state, scheme: props.scheme });
  return new Response(new Uint8Array(renderPng(svg, { width: width * props.density })), { headers: { 'content-type': 'image/png' } });
};
