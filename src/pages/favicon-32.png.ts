// /favicon-32.png: a PNG fallback for browsers without SVG favicons, drawn from public/favicon.svg.
import type { APIRoute } from 'astro';
import { faviconPng } from '../images/favicon';

export const GET: APIRoute = () => new Response(new Uint8Array(faviconPng(32)), { headers: { 'content-type': 'image/png' } });
