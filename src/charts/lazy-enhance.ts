// The keyboard walk and the tables' sort buttons (./enhance.ts) load when a reader first reaches a
// chart: the first focus or press inside its root. Until then the chart keeps its one tab stop, a
// placeholder of the walk's own chart stop (same role, name, description and data-walk), so Tab
// finds the chart as before; the walk takes the placeholder's layer over and keeps its focus. Keys
// pressed on it before the walk has come are played to the walk when it arrives, in order.
import type { Scene } from './scene';
import type { Walk } from './walk';

const KEYS = new Set(['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Escape']);

export interface LazyWalk {
  /** the walk's structure for a new scene: kept until the walk has loaded, then applied */
  update(scene: Scene, chartName: string): void;
  /** tables have come into the root (the story's, fetched: ./story-tables.ts): sortable too, if sorting has loaded */
  tablesChanged(): void;
}

/** `name` names the chart's stop until the first scene names it with its state too. */
export function lazyEnhance(root: HTMLElement, canvas: HTMLElement, hintId: string | undefined, name: string): LazyWalk {
  const layer = document.createElement('div');
  layer.className = 'chart__walk';
  layer.setAttribute('role', 'tree');
  const stop = document.createElement('div');
  stop.className = 'chart__walk-node';
  stop.setAttribute('role', 'treeitem');
  stop.setAttribute('aria-level', '1');
  stop.setAttribute('aria-posinset', '1');
  stop.setAttribute('aria-setsize', '1');
  stop.setAttribute('aria-expanded', 'false');
  stop.tabIndex = 0;
  stop.dataset.walk = 'chart';
  stop.style.inset = '0';
  if (hintId) stop.setAttribute('aria-describedby', hintId);
  stop.setAttribute('aria-label', name);
  layer.setAttribute('aria-label', name);
  layer.append(stop);
  canvas.append(layer);

  let walk: Walk | undefined;
  let last: [Scene, string] | undefined;
  const queued: string[] = [];
  let loading: Promise<void> | undefined;
  // The keys a reader pressed meanwhile, to whichever stop has focus now: once the walk has come and
  // has a drawing to walk (a story chart fetches its data only as it nears the screen, which may be
  // when the reader tabs to it).
  const replay = () => {
    if (!walk || !last) return;
    for (const key of queued.splice(0)) {
      const at = (layer.getRootNode() as Document | ShadowRoot).activeElement;
      if (at && layer.contains(at)) at.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }
  };
  const load = () => {
    loading ??= import('./enhance').then(
      (m) => {
        m.mountTables(root);
        walk = m.mountWalk(canvas, hintId);
        if (last) walk.update(...last);
        replay();
      },
      (e: unknown) => {
        // The next touch tries again; the chart's stop and the plain tables stay meanwhile.
        loading = undefined;
        queued.length = 0;
        console.error('the chart’s keyboard walk and table sorting could not load:', e);
      },
    );
  };
  root.addEventListener('focusin', load);
  root.addEventListener('pointerdown', load);
  stop.addEventListener('keydown', (e) => {
    // Until the walk and its first drawing are both here, the keys wait (and do not scroll the page).
    if ((walk && last) || !KEYS.has(e.key)) return;
    e.preventDefault();
    queued.push(e.key);
    load();
  });

  return {
    tablesChanged() {
      // Sorting comes with the walk; tables that arrive after it are mounted here (mountTables skips
      // those it has). Before it, the walk's load mounts them all.
      void loading?.then(() => import('./enhance').then((m) => m.mountTables(root)));
    },
    update(scene, chartName) {
      const first = !last;
      last = [scene, chartName];
      if (walk) {
        walk.update(scene, chartName);
        if (first) replay();
        return;
      }
      stop.setAttribute('aria-label', chartName);
      layer.setAttribute('aria-label', chartName);
    },
  };
}
