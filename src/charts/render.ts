// Draws a Scene into an <svg> with d3 data joins keyed by each mark's key, so that a mark
// keeps its element across states and moves rather than being replaced. The same function
// writes the build-time SVG (duration 0, in a server-side DOM) and animates in the browser.
// The renderer owns enter, update and exit: a scene lists only what its state shows; new
// elements fade in from where they start, and elements a state drops fade out, then go.
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { RectMark, Rule, Scene, TextLabel } from './scene';

export interface RenderOptions {
  /** milliseconds; 0 applies the state at once (build time, reduced motion, first paint) */
  duration: number;
}

type AnySelection = Selection<any, any, any, any>;
type Attrs<T> = Record<string, (d: T) => string | number>;

/** How one kind of element is drawn: where a new one starts, and where every one goes. */
interface LayerSpec<T> {
  tag: 'rect' | 'text' | 'line';
  /** attributes a new element starts from, before it moves to its place */
  from: Attrs<T>;
  /** attributes that move (animate) to the state's values */
  to: Attrs<T>;
  /** attributes and content set at once: what the element means in this state */
  set(sel: Selection<any, T, any, any>): void;
}

const TRANSITION = 'state';
const round = (n: number) => Math.round(n * 100) / 100;
const opacityOf = (d: { opacity?: number }) => d.opacity ?? 1;

/** The key of a datum, or of an element written by the build (which carries no bound datum). */
function keyOf(this: Element | unknown, d: { key: string } | undefined): string {
  return d ? d.key : ((this as Element).getAttribute('data-key') ?? '');
}

function layer(svg: AnySelection, name: string): AnySelection {
  const existing = svg.select(`g.layer-${name}`);
  return existing.empty() ? svg.append('g').attr('class', `layer-${name}`) : existing;
}

function apply<T>(sel: AnySelection, attrs: Attrs<T>): AnySelection {
  for (const [name, value] of Object.entries(attrs)) sel.attr(name, value);
  return sel;
}

/** A named transition: starting it again interrupts the one in flight, so a jump lands cleanly. */
function animate(sel: AnySelection, duration: number): AnySelection {
  return duration > 0 ? (sel.transition(TRANSITION).duration(duration) as unknown as AnySelection) : sel;
}

/** The end of a selection's transition: resolves when every element's ends, rejects if one is interrupted. */
const ended = (sel: AnySelection): Promise<void> => (sel as unknown as { end(): Promise<void> }).end();

function join<T extends { key: string }>(svg: AnySelection, name: string, items: readonly T[], spec: LayerSpec<T>, duration: number): Promise<void>[] {
  const ends: Promise<void>[] = [];
  const joined = layer(svg, name)
    .selectAll(spec.tag)
    .data(items, keyOf as never)
    .join(
      (enter) => apply<T>(enter.append(spec.tag).attr('opacity', 0), spec.from),
      (update) => update,
      (exit) => {
        if (duration > 0) ends.push(ended(animate(exit, duration).attr('opacity', 0).remove()));
        else exit.remove();
        return exit;
      },
    )
    .attr('data-key', (d: T) => d.key);
  spec.set(joined);
  const moving = apply<T>(animate(joined, duration), spec.to);
  if (duration > 0) ends.push(ended(moving));
  return ends;
}

const rules: LayerSpec<Rule> = {
  tag: 'line',
  from: { x1: (d) => round(d.x1), x2: (d) => round(d.x2), y1: (d) => round(d.y1), y2: (d) => round(d.y2) },
  to: { x1: (d) => round(d.x1), x2: (d) => round(d.x2), y1: (d) => round(d.y1), y2: (d) => round(d.y2), opacity: opacityOf },
  set: (sel) => sel.attr('class', (d) => `rule ${d.variant ?? ''}`.trim()),
};

const marks: LayerSpec<RectMark> = {
  tag: 'rect',
  // A new bar grows from its base.
  from: { x: (d) => round(d.x), y: (d) => round(d.y + d.height), width: (d) => round(d.width), height: () => 0 },
  to: {
    x: (d) => round(d.x),
    y: (d) => round(d.y),
    width: (d) => round(Math.max(0, d.width)),
    height: (d) => round(Math.max(0, d.height)),
    opacity: opacityOf,
  },
  set: (sel) =>
    sel
      .attr('data-series', (d) => d.series)
      .attr('class', (d) => `mark ${d.variant ?? ''}`.trim())
      .each(function (d) {
        // data-value is set at once: it is what the mark means in this state, not where it is drawn.
        if (d.value === undefined) this.removeAttribute('data-value');
        else this.setAttribute('data-value', String(d.value));
      }),
};

const labels: LayerSpec<TextLabel> = {
  tag: 'text',
  from: { x: (d) => round(d.x), y: (d) => round(d.y) },
  to: { x: (d) => round(d.x), y: (d) => round(d.y), opacity: opacityOf },
  set: (sel) =>
    sel
      // Labels name their series by class, not data-series: only data marks carry data-series.
      .attr('class', (d) => ['label', d.variant, d.series && `series-${d.series}`].filter(Boolean).join(' '))
      .attr('text-anchor', (d) => d.anchor)
      .text((d) => d.text),
};

/**
 * Draws a scene; the promise settles when every element has reached it: at once for duration 0,
 * else when the transitions end (rejected if a later draw interrupts them).
 */
export function renderScene(svgElement: SVGSVGElement, scene: Scene, { duration }: RenderOptions): Promise<void> {
  const svg = select(svgElement);
  // A redraw without animation (resize, reduced motion) must also stop a state change in flight,
  // or that transition's later frames would put back the old layout (or never remove an exit).
  if (duration === 0) svg.selectAll('*').interrupt(TRANSITION);
  const { width, height } = scene.size;
  svg.attr('viewBox', `0 0 ${round(width)} ${round(height)}`);
  const ends = [
    ...join(svg, 'rules', scene.rules, rules, duration),
    ...join(svg, 'marks', scene.marks, marks, duration),
    ...join(svg, 'labels', scene.labels, labels, duration),
  ];
  return Promise.all(ends).then(() => undefined);
}
