// /apple-touch-icon.png: 180 × 180 for home screens, drawn from public/favicon.svg on its own
// colour (iOS paints transparent corners black and rounds the corners itself).
import type { APIRoute } from 'astro';
import { faviconPng } from '../images/favicon';

export const GET: APIRoute = () => new Response(new Uint8Array(faviconPng(180, { fullBleed: true })), { headers: { 'content-type': 'image/png' } });
