// Draws a Scene into an <svg> with d3 data joins keyed by each mark's key, so that a mark
// keeps its element across states and moves rather than being replaced. The same function
// writes the build-time SVG (duration 0, in a server-side DOM) and animates in the browser.
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { RectMark, Rule, Scene, TextLabel } from './scene';

export interface RenderOptions {
  /** milliseconds; 0 applies the state at once (build time, reduced motion, first paint) */
  duration: number;
}

type AnySelection = Selection<any, any, any, any>;

/** The key of a datum, or of an element written by the build (which carries no bound datum). */
function keyOf(this: Element | unknown, d: { key: string } | undefined): string {
  return d ? d.key : (this as Element).getAttribute('data-key') ?? '';
}

function layer(svg: AnySelection, name: string): AnySelection {
  const existing = svg.select(`g.layer-${name}`);
  return existing.empty() ? svg.append('g').attr('class', `layer-${name}`) : existing;
}

function animate(sel: AnySelection, duration: number): AnySelection {
  // A named transition: starting it again interrupts the one in flight, so a jump lands cleanly.
  // (d3-transition's default easing is already cubic in-out.)
  return duration > 0 ? (sel.transition('state').duration(duration) as unknown as AnySelection) : sel;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function renderScene(svgElement: SVGSVGElement, scene: Scene, { duration }: RenderOptions): void {
  const svg = select(svgElement);
  // A redraw without animation (resize, reduced motion) must also stop a state change in flight,
  // or that transition's later frames would put back the old layout.
  if (duration === 0) svg.selectAll('*').interrupt('state');
  const { width, height } = scene.size;
  svg.attr('viewBox', `0 0 ${round(width)} ${round(height)}`);

  const rules = layer(svg, 'rules')
    .selectAll<SVGLineElement, Rule>('line')
    .data(scene.rules, keyOf as never)
    .join(
      (enter) => enter.append('line').attr('opacity', 0).attr('x1', (d) => round(d.x1)).attr('x2', (d) => round(d.x2)).attr('y1', (d) => round(d.y1)).attr('y2', (d) => round(d.y2)),
      (update) => update,
      (exit) => exit.remove(),
    )
    .attr('data-key', (d) => d.key)
    .attr('class', (d) => `rule ${d.variant ?? ''}`.trim());
  animate(rules, duration)
    .attr('x1', (d: Rule) => round(d.x1))
    .attr('x2', (d: Rule) => round(d.x2))
    .attr('y1', (d: Rule) => round(d.y1))
    .attr('y2', (d: Rule) => round(d.y2))
    .attr('opacity', (d: Rule) => d.opacity);

  const marks = layer(svg, 'marks')
    .selectAll<SVGRectElement, RectMark>('rect')
    .data(scene.marks, keyOf as never)
    .join(
      (enter) =>
        enter
          .append('rect')
          .attr('opacity', 0)
          .attr('x', (d) => round(d.x))
          .attr('y', (d) => round(d.y + d.height))
          .attr('width', (d) => round(d.width))
          .attr('height', 0),
      (update) => update,
      (exit) => exit.remove(),
    )
    .attr('data-key', (d) => d.key)
    .attr('data-series', (d) => d.series)
    .attr('class', (d) => `mark ${d.variant ?? ''}`.trim())
    .each(function (d) {
      // data-value is set at once: it is what the mark means in this state, not where it is drawn.
      if (d.value === undefined) this.removeAttribute('data-value');
      else this.setAttribute('data-value', String(d.value));
    });
  animate(marks, duration)
    .attr('x', (d: RectMark) => round(d.x))
    .attr('y', (d: RectMark) => round(d.y))
    .attr('width', (d: RectMark) => round(Math.max(0, d.width)))
    .attr('height', (d: RectMark) => round(Math.max(0, d.height)))
    .attr('opacity', (d: RectMark) => d.opacity);

  const labels = layer(svg, 'labels')
    .selectAll<SVGTextElement, TextLabel>('text')
    .data(scene.labels, keyOf as never)
    .join(
      (enter) => enter.append('text').attr('opacity', 0).attr('x', (d) => round(d.x)).attr('y', (d) => round(d.y)),
      (update) => update,
      (exit) => exit.remove(),
    )
    .attr('data-key', (d) => d.key)
    // Labels name their series by class, not data-series: only data marks carry data-series.
    .attr('class', (d) => ['label', d.variant, d.series && `series-${d.series}`].filter(Boolean).join(' '))
    .attr('text-anchor', (d) => d.anchor)
    // A fading label keeps its words until it is gone; only a label that shows takes new text.
    .each(function (d) {
      if (d.opacity > 0 || !this.textContent) this.textContent = d.text;
    });
  animate(labels, duration)
    .attr('x', (d: TextLabel) => round(d.x))
    .attr('y', (d: TextLabel) => round(d.y))
    .attr('opacity', (d: TextLabel) => d.opacity);
}
