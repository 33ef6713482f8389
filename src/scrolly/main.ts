// The story page's one script: scrolly blocks, reader controls, embed panels.
import { startScrolly } from './controller';
import { initEmbedPanels } from '../embed/panel-opener';
import { applyMotionPreference, initReader } from '../reader/main';
import { addStepTools } from '../reader/step-tools-el';
import { yieldToMain } from '../lib/yield';
import { bringStoryTables } from '../charts/story-tables';

// One task each, with the browser free to paint and answer a tap between them: on a slow phone the
// whole start was one 300 ms task (4x CPU slowdown), which a tap made just then had to wait out.
applyMotionPreference();
// The steps' tools rows first: the scroll model measures the steps as they will stay. Then the
// reader bar's controls, in the same task, so the bar is never painted in its script-less form
// once the script has begun (the scroll model they subscribe to takes its first look after load).
// The script starts after load (src/lib/first-paint.ts), when the browser no longer holds a link's
// fragment in place, and its own scroll anchoring may hold the pinned chart instead: what is added
// above the fragment's step (tools rows) would push it down, so the page is scrolled back by as much.
// A reload or a return through history may instead have put back an offset measured with those rows,
// before they exist: a step the address names (it follows the reader: reader/main.ts) is then brought
// to the top, as its link would; a chapter's offset is left as the browser put it.
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
const returned = /^(reload|back_forward)$/.test((performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.type ?? '');
const top = target?.getBoundingClientRect().top ?? 0;
addStepTools();
initReader();
if (target && returned) {
  if (target.matches('[data-step]')) target.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
} else if (target && top >= 0 && top < innerHeight) {
  const moved = target.getBoundingClientRect().top - top;
  if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' as ScrollBehavior });
}
await yieldToMain();
startScrolly();
await yieldToMain();
initEmbedPanels();
bringStoryTables();
