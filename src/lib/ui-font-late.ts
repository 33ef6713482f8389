// The story's labels' face, loaded once the story's script runs (after the first paint: ./first-paint.ts)
// and added to the document only when it has arrived: one relayout of the text set in it, which until
// then reads in its metric-matched fallback. A face added while still loading would restyle the page
// twice, or hide its text while it waits.
import uiFont from '@site-fonts/inter.woff2?url';
import { LATE_UI_FAMILY } from './first-paint';

let added: Promise<void> | undefined;

/** Starts loading the face (once); settles when it is in the document, or could not be had (the
 *  fallback then stays: the same widths, so nothing is lost). The scroll model's first look waits for
 *  it, as it waits for the fonts the stylesheets load (src/scrolly/scroll-model.ts). */
export function lateUiFont(): Promise<void> {
  added ??= load();
  return added;
}

async function load(): Promise<void> {
  try {
    document.fonts.add(await new FontFace(LATE_UI_FAMILY, `url(${uiFont})`, { weight: '400 700' }).load());
  } catch {
    /* no FontFace, or no font: the fallback stays */
  }
}
