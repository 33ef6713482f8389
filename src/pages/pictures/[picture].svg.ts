// /pictures/<chart-id>--<state>.<step|print>.<hash>.svg: a chart state as an SVG file, for the
// <img> each step carries (readers without JavaScript, short windows) and for print
// (src/images/picture.ts). The name carries the content's hash, so the file is cached for good.
import type { APIRoute, GetStaticPaths } from 'astro';
import { allPictures, type Picture } from '../../images/picture';

export const getStaticPaths: GetStaticPaths = () => allPictures().map((picture) => ({ params: { picture: picture.name }, props: { picture } }));

export const GET: APIRoute<{ picture: Picture }> = ({ props }) =>
  new Response(props.picture.svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
