// The messages between our loader (on the host page) and an embed page (in its iframe), and the
// checks each side runs on what it receives. Both sides import this one module, so they cannot
// drift apart. Every parser returns undefined for anything it does not recognise: hostile or
// malformed input is dropped, never coerced.

/** embed → host: "my document is this tall" */
export const HEIGHT = 'launch-contest:height';
/** host → embed: "tell me your height" (sent when the loader starts and when a frame loads) */
export const ASK = 'launch-contest:ask';
/** host → embed: "show this state" (scrollytelling on the host page) */
export const STATE = 'launch-contest:state';
/** host → embed: "you are pinned at this height: fit the chart inside it" */
export const PIN = 'launch-contest:pin';

/** host → embed: "the page around you shows this theme (and, where known, this background)" */
export const THEME = 'launch-contest:theme';

/** Heights outside this range are a bug or an attack, never a chart. */
export const MAX_HEIGHT = 20_000;

import { isId, parseStepId } from '../lib/step-id';

// Step ids are built and read in one place; the loader reads them from marked paragraphs.
export { isId, parseStepId };

const record = (data: unknown): Record<string, unknown> | undefined =>
  typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;

/** A height message's height in whole pixels, or undefined (negative, zero, huge, NaN, a string…). */
export function parseHeight(data: unknown): number | undefined {
  const m = record(data);
  if (!m || m.type !== HEIGHT) return undefined;
  const h = m.height;
  return typeof h === 'number' && Number.isFinite(h) && h > 0 && h <= MAX_HEIGHT ? Math.ceil(h) : undefined;
}

export const isAsk = (data: unknown): boolean => record(data)?.type === ASK;

/** The state a state message for `chart` asks for (an id, still to be resolved), or undefined. */
export function parseStateMessage(data: unknown, chart: string): string | undefined {
  const m = record(data);
  return m && m.type === STATE && m.chart === chart && isId(m.state) ? m.state : undefined;
}

/** A pin message's height (0 = unpinned), or undefined. */
export function parsePin(data: unknown): number | undefined {
  const m = record(data);
  if (!m || m.type !== PIN) return undefined;
  const h = m.height;
  if (h === 0) return 0;
  return typeof h === 'number' && Number.isFinite(h) && h > 0 && h <= MAX_HEIGHT ? Math.round(h) : undefined;
}


export type HostTheme = 'light' | 'dark';
/** An sRGB colour as three 0–255 channels. */
export type Rgb = [number, number, number];

export interface ThemeMessage {
  theme: HostTheme;
  /** the opaque colour behind the iframe on the host page, if the loader found one */
  background?: Rgb;
}

const isChannel = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 255;

/** A theme message, or undefined; a malformed background is dropped, the theme kept. */
export function parseTheme(data: unknown): ThemeMessage | undefined {
  const m = record(data);
  if (!m || m.type !== THEME || (m.theme !== 'light' && m.theme !== 'dark')) return undefined;
  const bg = m.background;
  const background = Array.isArray(bg) && bg.length === 3 && bg.every(isChannel) ? (bg.map(Math.round) as Rgb) : undefined;
  return background ? { theme: m.theme, background } : { theme: m.theme };
}
