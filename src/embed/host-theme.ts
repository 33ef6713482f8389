// The theme a host page actually shows where one of our iframes sits: the first opaque background
// behind the frame decides; where every ancestor is transparent, the page's canvas does, and its
// colour follows the root's used `color-scheme` (a page that opts into dark shows a dark canvas
// to a dark-mode reader; a page that says nothing stays white).
import { DARK_BELOW, luminance, type Rgb } from '../lib/contrast';
import type { ThemeMessage } from './protocol';

let probe: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour the browser computes (rgb(), oklch(), color(srgb …)) as sRGB channels and alpha. */
function toRgba(css: string): [number, number, number, number] | undefined {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css);
  if (m) {
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [Number(m[1]), Number(m[2]), Number(m[3]), a];
  }
  // Other colour syntaxes: let a 1×1 canvas convert them.
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) return undefined;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = css;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

export function hostTheme(frame: Element): ThemeMessage {
  for (let el = frame.parentElement; el; el = el.parentElement) {
    const c = toRgba(getComputedStyle(el).backgroundColor);
    if (c && c[3] >= 0.5) {
      const background: Rgb = [c[0], c[1], c[2]];
      return { theme: luminance(background) < DARK_BELOW ? 'dark' : 'light', background: [...background] };
    }
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const offersDark = /\bdark\b/.test(scheme);
  const offersLight = /\blight\b/.test(scheme);
  const dark = offersDark && (!offersLight || matchMedia('(prefers-color-scheme: dark)').matches);
  return { theme: dark ? 'dark' : 'light' };
}
