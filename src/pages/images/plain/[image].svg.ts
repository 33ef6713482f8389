// /images/plain/<chart>[--<state>].<light|dark>.svg: a chart's plain picture as SVG (src/images/plain-images.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartImageSvg } from '../../../images/compose';
import { plainImages, type PlainImage } from '../../../images/plain-images';

export const getStaticPaths: GetStaticPaths = () => plainImages().map((img) => ({ params: { image: `${img.name}.${img.scheme}` }, props: { ...img } }));

export const GET: APIRoute<PlainImage> = ({ props }) =>
  new Response(chartImageSvg(props.chart, { state: props.state, scheme: props.scheme }).svg, { headers: { 'content-type': 'image/svg+xml' } });
