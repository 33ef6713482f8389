// The first half of 2025 as a timeline: time runs left to right over whole months; the lanes
// stack top to bottom, and inside a lane each event shown has a row of its own, in date order.
// One event per row means a label sits beside its own mark and can never collide with another
// label, at any width. The rows share the height the canvas gives, so a state with few events is
// as full as one with many. A day is a square on its date; an event known only to the month is a
// dashed bar across that month.
import type { RectMark, Rule, Scene, Size, TextLabel } from '../scene';
import { formatDate, formatDateInYear, plural } from '../../data/format';
import type { TimelineData, TimelineEvent } from './shape';
import type { TimelineLane, TimelineState } from './view';
import { style } from './style';
import { sharedLabels } from '../../styles/chart-style';

/** Font size in px of each kind of label: the sizes the chart's style.ts gives the stylesheet. */
const labels = style.labels!;
export const FONT_PX = {
  'lane-name': labels['lane-name']!.size,
  'event-new': labels['event-new']!.size,
  'event-new-compact': labels['event-new-compact']!.size,
  'event-earlier': labels['event-earlier']!.size,
  tick: sharedLabels.tick.size,
} as const;
export type LabelVariant = keyof typeof FONT_PX;
/**
 * Average glyph advance of Inter per label kind, in em: measured in Chromium on the timeline's
 * labels (at most 0.54 at weight 600, 0.53 at 400; short capitalised words up to 0.59), rounded up.
 */
const ADVANCE_EM: Record<LabelVariant, number> = { 'lane-name': 0.6, 'event-new': 0.56, 'event-new-compact': 0.56, 'event-earlier': 0.545, tick: 0.6 };

const PAD = 4;
const HEADER = 18; // a lane's name line
const LANE_GAP = 8;
const AXIS = 20; // month names under the plot
const GAP = 5; // between a mark and its label
const MAX_SIDE = 12; // a day's square, at most
/** Widths at which labels carry their date ("5 June: …") and the axis names months in full. */
const WIDE = 520;

export interface LabelBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The box a label's text is estimated to take: for fitting labels here, and for tests. */
export function labelBox(l: Pick<TextLabel, 'x' | 'y' | 'text' | 'anchor' | 'variant'>): LabelBox {
  const variant = (l.variant ?? 'tick') as LabelVariant;
  const px = FONT_PX[variant] ?? 14;
  const w = textWidth(l.text, variant);
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  // From the cap height above the baseline to the descenders below it.
  return { x0, x1: x0 + w, y0: l.y - px * 0.78, y1: l.y + px * 0.24 };
}

function textWidth(text: string, variant: LabelVariant): number {
  return text.length * FONT_PX[variant] * ADVANCE_EM[variant];
}

export function layoutTimeline(data: TimelineData, state: TimelineState, size: Size, lanes: readonly TimelineLane[]): Scene {
  const { width: W, height: H } = size;
  const shown = visibleEvents(data, state);
  const isNew = new Set(state.adds);
  const wide = W >= WIDE;

  // Rows: one per event shown. They take the height left after the lane names and the axis, up
  // to a comfortable maximum; what is left over spreads evenly around the lanes.
  const byLane = lanes.map((lane) => ({ lane, events: shown.filter((e) => e.lane === lane.id) }));
  const rowCount = Math.max(1, shown.length);
  const free = H - 2 - lanes.length * HEADER - (lanes.length - 1) * LANE_GAP - AXIS;
  const rowH = Math.max(8, Math.min(free / rowCount, Math.max(36, H / 10)));
  const spare = Math.max(0, (free - rowH * shown.length) / (lanes.length + 1));
  const side = Math.max(6, Math.min(MAX_SIDE, rowH * 0.62));
  // Should rows grow too thin for a label each (many more dated events), only the new ones keep theirs.
  const labelEarlier = rowH >= FONT_PX['event-earlier'] * 1.1;

  // Time: the axis spans whole months, the same in every state; the inset keeps a first-day or
  // last-day square inside the box.
  const x0 = PAD + MAX_SIDE / 2;
  const x1 = W - PAD - MAX_SIDE / 2;
  const x = (day: number) => x0 + (day / data.days) * (x1 - x0);
  const plotTop = 2 + spare;
  const plotBottom = H - AXIS;

  const marks: RectMark[] = [];
  const labels: TextLabel[] = [];
  const rules: Rule[] = [];

  let top = plotTop;
  byLane.forEach(({ lane, events }, i) => {
    if (i > 0) {
      // Midway between the lanes.
      const ry = top - (LANE_GAP + spare) / 2;
      rules.push({ key: `lane-${lane.id}`, x1: PAD, x2: W - PAD, y1: ry, y2: ry, variant: 'lane-rule' });
    }
    labels.push({ key: `lane-${lane.id}`, x: PAD, y: top + 13, text: lane.label, anchor: 'start', series: lane.id, variant: 'lane-name' });
    let y = top + HEADER;
    for (const e of events) {
      const cy = y + rowH / 2;
      const month = e.precision === 'month';
      const mark: RectMark = month
        ? { key: e.id, series: e.lane, x: x(e.start), y: cy - side / 2, width: x(e.end) - x(e.start), height: side, variant: 'event month' }
        : { key: e.id, series: e.lane, x: x(e.start + 0.5) - side / 2, y: cy - side / 2, width: side, height: side, variant: 'event' };
      mark.opacity = isNew.has(e.id) ? 1 : 0.4;
      mark.name = `${formatDate(e.date)}: ${e.label}`;
      marks.push(mark);
      if (isNew.has(e.id) || labelEarlier) labels.push(...placeLabel(e, mark, cy, rowH, isNew.has(e.id), wide, W));
      y += rowH;
    }
    top = y + LANE_GAP + spare;
  });

  // Month grid and names. The names sit mid-month; the grid marks where each month begins.
  for (const m of data.months) {
    rules.push({ key: `grid-${m.key}`, x1: x(m.start), x2: x(m.start), y1: plotTop, y2: plotBottom, variant: 'grid' });
    const name = monthName(m.key);
    labels.push({ key: `month-${m.key}`, x: (x(m.start) + x(m.end)) / 2, y: H - 6, text: wide ? name : name.slice(0, 3), anchor: 'middle', variant: 'tick' });
  }
  const last = data.months[data.months.length - 1];
  if (last) rules.push({ key: 'grid-end', x1: x(last.end), x2: x(last.end), y1: plotTop, y2: plotBottom, variant: 'grid' });
  rules.push({ key: 'baseline', x1: PAD, x2: W - PAD, y1: plotBottom, y2: plotBottom, variant: 'baseline' });

  return { size, marks, labels, rules, description: describe(data, state, shown, lanes), summary: summarize(state, shown) };
}

/** The events a state names, plus any event no state names whose date it has reached. */
export function visibleEvents(data: TimelineData, state: TimelineState): TimelineEvent[] {
  const named = data.events.filter((e) => state.shows.includes(e.id));
  const reached = Math.max(...named.map((e) => e.start));
  return data.events.filter((e) => state.shows.includes(e.id) || (!e.named && e.start <= reached));
}

/** Where a label can go beside its mark, and how much width it has there. */
interface Side {
  anchor: 'start' | 'end';
  x: number;
  room: number;
}

/**
 * Beside its mark: to the right where the text fits, else to the left; a size smaller, then over
 * two lines where the row is tall enough, then shortened, if neither side has room (the table
 * always has the whole label).
 */
function placeLabel(e: TimelineEvent, mark: RectMark, cy: number, rowH: number, isNew: boolean, wide: boolean, W: number): TextLabel[] {
  const text = labelText(e, wide);
  const right: Side = { anchor: 'start', x: mark.x + mark.width + GAP, room: W - PAD - (mark.x + mark.width + GAP) };
  const left: Side = { anchor: 'end', x: mark.x - GAP, room: mark.x - GAP - PAD };
  const roomy = rowH >= FONT_PX['event-new'] * 1.1;
  const variants: LabelVariant[] = !isNew ? ['event-earlier'] : roomy ? ['event-new', 'event-new-compact'] : ['event-new-compact'];
  const line = (variant: LabelVariant, side: Side, t: string, y: number, n = ''): TextLabel => ({
    key: `label-${e.id}${n}`,
    x: side.x,
    y,
    text: t,
    anchor: side.anchor,
    variant,
    ...(isNew ? { series: e.lane } : {}),
  });
  const middle = (variant: LabelVariant) => cy + FONT_PX[variant] * 0.32; // the baseline that centres a capital on the row
  for (const variant of variants) {
    for (const side of [right, left]) if (textWidth(text, variant) <= side.room) return [line(variant, side, text, middle(variant))];
  }
  const variant = variants[variants.length - 1]!;
  const lineH = FONT_PX[variant] * 1.2;
  if (rowH >= 2 * lineH + 2) {
    const [a, b] = split(text);
    for (const side of [right, left]) {
      if (b && Math.max(textWidth(a, variant), textWidth(b, variant)) <= side.room) {
        return [line(variant, side, a, middle(variant) - lineH / 2), line(variant, side, b, middle(variant) + lineH / 2, '-2')];
      }
    }
  }
  // Shortened, the label loses words, never its date or its "(June)".
  const side = right.room >= left.room ? right : left;
  const { before, label, after } = labelParts(e, wide);
  const chars = Math.floor(side.room / (FONT_PX[variant] * ADVANCE_EM[variant])) - before.length - after.length - 1;
  return chars >= 6 ? [line(variant, side, `${before}${label.slice(0, chars).trimEnd()}…${after}`, middle(variant))] : [];
}

/** Two lines of about equal length, broken at a space. */
function split(text: string): [string, string] {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index!);
  if (spaces.length === 0) return [text, ''];
  const at = spaces.reduce((best, i) => (Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2) ? i : best));
  return [text.slice(0, at), text.slice(at + 1)];
}

/** "5 June: label" on a wide canvas; on a narrow one the label alone, or "label (June)" where only the month is known. */
function labelText(e: TimelineEvent, wide: boolean): string {
  const { before, label, after } = labelParts(e, wide);
  return `${before}${label}${after}`;
}

function labelParts(e: TimelineEvent, wide: boolean): { before: string; label: string; after: string } {
  const when = formatDateInYear(e.date);
  if (wide) return { before: `${when}: `, label: e.label, after: '' };
  return { before: '', label: e.label, after: e.precision === 'month' ? ` (${when})` : '' };
}

function monthName(key: string): string {
  return formatDateInYear(key);
}

const count = (n: number, one: string, many: string) => plural(n, one, many, { prose: true });

function describe(data: TimelineData, state: TimelineState, shown: TimelineEvent[], lanes: readonly TimelineLane[]): string {
  const first = data.months[0]?.key ?? '';
  const last = data.months[data.months.length - 1]?.key ?? first;
  const span = first.slice(0, 4) === last.slice(0, 4) ? `${monthName(first)}–${formatDate(last)}` : `${formatDate(first)}–${formatDate(last)}`;
  const laneName = new Map(lanes.map((l) => [l.id, l.name]));
  const added = shown.filter((e) => state.adds.includes(e.id)).map((e) => `${formatDate(e.date)}, ${e.label} (${laneName.get(e.lane) ?? e.lane})`);
  const earlier = shown.length - added.length;
  // The lanes are named once, in the state that opens the timeline; later states say only what they add.
  const parts = earlier === 0 ? [`Events of ${span} in ${count(lanes.length, 'lane', 'lanes')}: ${lanes.map((l) => l.name).join('; ')}.`] : [];
  parts.push(`${state.adds.length > 0 && earlier === 0 ? 'Shown' : 'Added'}: ${added.join('; ')}.`);
  if (earlier > 0) parts.push(`${count(earlier, 'earlier event stays', 'earlier events stay').replace(/^./, (c) => c.toUpperCase())} in view.`);
  return parts.join(' ');
}

/** One short sentence: the events the state adds, dated within the year ("30 May 2025, Musk leaves government role; 31 May, …"). */
function summarize(state: TimelineState, shown: TimelineEvent[]): string {
  const added = shown.filter((e) => state.adds.includes(e.id));
  return added.map((e, i) => `${i === 0 ? formatDate(e.date) : formatDateInYear(e.date)}, ${e.label}`).join('; ');
}
