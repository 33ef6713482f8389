// The embed's side of theming: the query's flags on <html> at once, then the host's theme as the
// loader reports it (only under ?theme=auto). A transparent embed keeps its own background wherever
// the host's would leave marks under 3:1 or text under 4.5:1, and says so in the console.
import { palette } from '../styles/palette';
import { contrast, hexToRgb, type Rgb } from '../lib/contrast';
import { parseTheme, type ThemeMessage } from './protocol';
import type { EmbedFlags } from './query';

const TEXT = ['fg', 'muted'] as const;
const MARKS = (Object.keys(palette) as (keyof typeof palette)[]).filter((t) => t.startsWith('c-'));

/** The palette tokens that would fall short of their contrast on `background`, in `theme`. */
export function shortfalls(theme: 'light' | 'dark', background: Rgb): string[] {
  const short = (tokens: readonly (keyof typeof palette)[], min: number) =>
    tokens.filter((t) => contrast(hexToRgb(palette[t][theme]), background) < min).map((t) => `--${t}`);
  return [...short(TEXT, 4.5), ...short(MARKS, 3)];
}

export function applyFlags(flags: EmbedFlags, root: HTMLElement = document.documentElement): void {
  if (flags.theme !== 'auto') root.dataset.theme = flags.theme;
  if (flags.transparent) root.dataset.transparent = '';
  if (flags.plain) root.dataset.plain = '';
}

let warned = '';

export function applyHostTheme(message: ThemeMessage, flags: EmbedFlags, root: HTMLElement = document.documentElement): void {
  if (flags.theme === 'auto') root.dataset.theme = message.theme;
  if (!flags.transparent) return;
  const theme = (root.dataset.theme as 'light' | 'dark' | undefined) ?? message.theme;
  const short = message.background ? shortfalls(theme, message.background) : [];
  if (short.length === 0) {
    root.dataset.transparent = '';
    return;
  }
  delete root.dataset.transparent;
  const key = `${theme}:${message.background?.join(',')}`;
  if (warned !== key) {
    warned = key;
    console.warn(
      `launch-contest embed: on the host's background rgb(${message.background?.join(', ')}) the ${theme} chart's ${short.join(', ')} ` +
        'would lack contrast, so the chart keeps its own background.',
    );
  }
}

/** Listens for the loader's theme reports from the page that frames us. */
export function followHostTheme(flags: EmbedFlags): void {
  if (window.parent === window) return;
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent) return;
    const message = parseTheme(e.data);
    if (message) applyHostTheme(message, flags);
  });
}
