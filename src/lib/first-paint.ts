// The story's script and its labels' face come after the first paint (issue 19). On a slow phone every
// request that ends before the headline paints shares the bandwidth the headline's own bytes (the HTML,
// the text face) need, and a module's imports follow one another a round trip apart. Neither changes
// the first screen: the head's class "js" already gives the first layout its scripted form, and the
// labels, captions and reader bar paint in their metric-matched fallback (src/integrations/fonts.mjs),
// which the face then replaces without moving a line (fonts.spec).
//
// So the page holds its module in an inert <template data-after-paint> (fetched and run by nobody), and
// names the labels' face LATE_UI_FAMILY, which no stylesheet declares while a script runs. Once the
// first contentful paint is reported (its entry comes after the frame is on screen) and the page has
// loaded (the deferred stylesheet is in, so the script measures the final layout), the head's script
// imports the module, which loads that face (./ui-font-late.ts). Without paint timing it starts three
// seconds after load. Without JavaScript the stylesheets load Inter as on every other page
// (src/styles/story-after-paint.css renames it only under the head's class "js").
export const AFTER_PAINT_ATTR = 'data-after-paint';

/** The story's name for Inter while it is loaded by script: other pages' CSS declares 'Inter Variable'. */
export const LATE_UI_FAMILY = 'Inter Late';

/** The inline <head> script (hashed into the CSP by src/integrations/headers.mjs). Short: it is in
 *  every visit's first round trip. */
export const AFTER_PAINT_SCRIPT = `(function(d){var n=0;function go(){if(d.readyState!="complete")return addEventListener("load",go);n++||import(d.querySelector("[${AFTER_PAINT_ATTR}]").content.firstChild.getAttribute("src"))}try{new PerformanceObserver(function(l,o){l.getEntriesByName("first-contentful-paint")[0]&&(o.disconnect(),setTimeout(go))}).observe({type:"paint",buffered:!0})}catch(e){}addEventListener("load",function(){setTimeout(go,3e3)})})(document)`;
