// A chart a keyboard and a screen reader can walk, in the manner of MIT's Olli and CMU's Data
// Navigator: the chart is one tab stop; Down enters a level (chart → group → mark), Up leaves it,
// Left and Right move between siblings, Home and End jump to the first and last, Escape returns to
// the chart. The structure is built from the scene the layout returned, so it is generic over charts
// and cannot disagree with the picture: groups are the marks' series (named by the label that names
// that series), stops are the marks (named by `mark.name`, or by their group, key and value).
// Each stop is a real focusable element laid over its mark, so the focus outline shows where it is.
import type { RectMark, Scene } from './scene';

export interface WalkNode {
  id: string;
  name: string;
  /** the box to outline, in scene coordinates */
  box: { x: number; y: number; width: number; height: number };
  children: WalkNode[];
}

const human = (s: string) => s.replace(/-/g, ' ');

function union(marks: readonly RectMark[]) {
  const x = Math.min(...marks.map((m) => m.x));
  const y = Math.min(...marks.map((m) => m.y));
  return { x, y, width: Math.max(...marks.map((m) => m.x + m.width)) - x, height: Math.max(...marks.map((m) => m.y + m.height)) - y };
}

/** The walk's structure for one scene: chart → one node per series in drawing order → its marks. */
export function walkTree(scene: Scene, chartName: string): WalkNode {
  // A bar of zero (a year without launches) is still a stop: its value is the news.
  const shown = scene.marks.filter((m) => (m.opacity ?? 1) > 0);
  const order = [...new Set(shown.map((m) => m.series))];
  const groups = order.map((series): WalkNode => {
    const marks = shown.filter((m) => m.series === series);
    const label = scene.labels.find((l) => l.series === series && (l.opacity ?? 1) > 0)?.text;
    const groupName = scene.groups?.[series] ?? label ?? human(series);
    return {
      id: `g-${series}`,
      name: marks.length > 1 ? `${groupName} (${marks.length} marks)` : groupName,
      box: union(marks),
      children: marks.map((m, i) => ({
        id: `m-${m.key}`,
        name: m.name ?? `${groupName}: ${marks.length > 1 ? `${i + 1} of ${marks.length}` : human(m.key)}${m.value !== undefined && !m.name ? `, ${m.value}` : ''}`,
        box: { x: m.x, y: m.y, width: m.width, height: m.height },
        children: [],
      })),
    };
  });
  return { id: 'chart', name: chartName, box: { x: 0, y: 0, ...scene.size }, children: groups };
}

interface Placed {
  node: WalkNode;
  el: HTMLElement;
  parent?: Placed;
  children: Placed[];
}

export interface Walk {
  /** rebuild for a new scene (state change, resize), keeping the reader's place where it still exists */
  update(scene: Scene, chartName: string): void;
}

/**
 * Lays the walk over `canvas` (positioned; the chart's SVG fills it). `hintId` names the element
 * that explains the keys, read once when the chart gets focus.
 */
export function mountWalk(canvas: HTMLElement, hintId: string | undefined): Walk {
  // The layer ./lazy-enhance.ts laid before this module came, holding the chart's one stop, or a new one.
  const layer = canvas.querySelector<HTMLElement>(':scope > .chart__walk') ?? canvas.appendChild(document.createElement('div'));
  layer.className = 'chart__walk';
  layer.setAttribute('role', 'tree');
  let root: Placed | undefined;
  let scale = { x: 1, y: 1 };

  const place = (el: HTMLElement, box: WalkNode['box']) => {
    el.style.left = `${box.x * scale.x}px`;
    el.style.top = `${box.y * scale.y}px`;
    el.style.width = `${Math.max(box.width * scale.x, 4)}px`;
    el.style.height = `${Math.max(box.height * scale.y, 4)}px`;
  };

  const build = (node: WalkNode, level: number, parent?: Placed, pos = 1, size = 1): Placed => {
    const el = document.createElement('div');
    el.className = 'chart__walk-node';
    el.setAttribute('role', 'treeitem');
    el.setAttribute('aria-level', String(level));
    el.setAttribute('aria-posinset', String(pos));
    el.setAttribute('aria-setsize', String(size));
    el.setAttribute('aria-label', node.name);
    el.tabIndex = -1;
    el.dataset.walk = node.id;
    if (node.children.length) el.setAttribute('aria-expanded', 'false');
    place(el, node.box);
    layer.append(el);
    const placed: Placed = { node, el, parent, children: [] };
    placed.children = node.children.map((c, i) => build(c, level + 1, placed, i + 1, node.children.length));
    return placed;
  };

  const all = (p: Placed): Placed[] => [p, ...p.children.flatMap(all)];
  /** Shows the reader's place: the chart, and the children of each node on the way to `p`. */
  const show = (p: Placed) => {
    if (!root) return;
    const open = new Set<Placed>();
    for (let q = p.parent; q; q = q.parent) open.add(q);
    for (const q of all(root)) {
      q.el.tabIndex = q === p ? 0 : -1;
      q.el.hidden = q !== root && !open.has(q.parent!);
      if (q.node.children.length) q.el.setAttribute('aria-expanded', String(open.has(q)));
    }
  };
  const focus = (p: Placed | undefined) => {
    if (!p) return;
    show(p);
    p.el.focus();
  };

  layer.addEventListener('keydown', (e) => {
    if (!root) return;
    const active = (layer.getRootNode() as Document | ShadowRoot).activeElement;
    const current = all(root).find((p) => p.el === active);
    if (!current) return;
    const siblings = current.parent?.children ?? [current];
    const i = siblings.indexOf(current);
    const next = {
      ArrowDown: current.children[0],
      ArrowUp: current.parent,
      ArrowRight: siblings[i + 1],
      ArrowLeft: siblings[i - 1],
      Home: siblings[0],
      End: siblings[siblings.length - 1],
      Escape: current === root ? undefined : root,
    }[e.key];
    if (!(e.key in { ArrowDown: 1, ArrowUp: 1, ArrowRight: 1, ArrowLeft: 1, Home: 1, End: 1 }) && !(e.key === 'Escape' && next)) return;
    e.preventDefault();
    focus(next);
  });

  return {
    update(scene, chartName) {
      const r = canvas.getBoundingClientRect();
      scale = { x: r.width / scene.size.width || 1, y: r.height / scene.size.height || 1 };
      // The reader's place, by id: also the placeholder's chart stop, focused before the walk came.
      const active = (layer.getRootNode() as Document | ShadowRoot).activeElement;
      const focused = active instanceof HTMLElement && layer.contains(active) ? active.dataset.walk : undefined;
      const tree = walkTree(scene, chartName);
      layer.replaceChildren();
      root = build(tree, 1);
      if (hintId) root.el.setAttribute('aria-describedby', hintId);
      layer.setAttribute('aria-label', chartName);
      const again = focused ? all(root).find((p) => p.node.id === focused) ?? root : undefined;
      if (again) focus(again);
      else show(root);
    },
  };
}
