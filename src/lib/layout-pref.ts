// "Show all steps as pictures": the reader's choice of the static layout (every step with its own
// picture, nothing pinned), remembered across visits. The page's head applies it before first paint
// with a tiny inline script (LAYOUT_HEAD_SCRIPT, hashed into the CSP by src/integrations/headers.mjs);
// the switch in the reader bar (src/reader/layout-switch.ts) changes it.
import { STATIC_LAYOUT_ATTR } from '../styles/layout-constants';

export const LAYOUT_KEY = 'launch-contest:layout';

/** Runs in <head> before the body is parsed: no flash of the pinned layout for a reader who chose
 *  pictures. It also marks the page as scripted (the class "js"), so that the first layout is already
 *  the scripted one: set by the page's module instead, the class restyled and re-laid out the whole
 *  story in the module's first task (issue 19), and the bar was painted once in its script-less form. */
export const LAYOUT_HEAD_SCRIPT = `(function(h){h.classList.add("js");try{localStorage.getItem(${JSON.stringify(LAYOUT_KEY)})=="static"&&h.setAttribute(${JSON.stringify(STATIC_LAYOUT_ATTR)},"static")}catch(e){}})(document.documentElement);`;

export function staticLayoutOn(): boolean {
  return document.documentElement.getAttribute(STATIC_LAYOUT_ATTR) === 'static';
}

export function setStaticLayout(on: boolean): void {
  if (on) document.documentElement.setAttribute(STATIC_LAYOUT_ATTR, 'static');
  else document.documentElement.removeAttribute(STATIC_LAYOUT_ATTR);
  try {
    if (on) localStorage.setItem(LAYOUT_KEY, 'static');
    else localStorage.removeItem(LAYOUT_KEY);
  } catch {
    /* storage refused: the choice lasts for this page */
  }
}
