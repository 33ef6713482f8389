// Falcon launches per year as bars on a shared baseline. New Glenn's flights are counted, not
// measured: one square per launch in a labelled row of their own below the years, under the year
// each flew. On the bars' scale a flight is a pixel high (a sliver no reader could see or count),
// and a square that sat on that scale would read as several launches; below the axis, a square
// is one launch and says so. What a state draws follows its parameters alone.
import { nice, ticks } from 'd3-array';
import type { RectMark, Rule, Scene, Size, TextLabel } from '../scene';
import { sharedLabels } from '../../styles/chart-style';
import { formatCount, formatDate, formatTimes, plural } from '../../data/format';
import { asOfDate, yearKnown, type LaunchCadenceData } from './shape';
import type { CadenceState } from './view';

const M = { top: 44, right: 6, bottom: 24, left: 34 };
/** New Glenn's squares: 9 px a side at least, so that 8 px of colour shows inside the marks' 1 px outline
    on a phone (8 px: the least a reader can see and count there), 14 px at most; 1 px apart, which
    with the outlines leaves 2 px between their colours, so two fit side by side in a phone's slot. */
export const FLIGHT_SQUARE = { min: 9, max: 14, gap: 1 } as const;
/** From the baseline to the top of New Glenn's row: room for the year labels. */
const ROW_OFFSET = 27;
const LINE = 16; // annotation line height (13px text)

export function layoutLaunchCadence(data: LaunchCadenceData, state: CadenceState, size: Size): Scene {
  const { years, expectation } = data;
  const asOf = asOfDate(data, state.asOf);
  const plotW = Math.max(50, size.width - M.left - M.right);
  const firstYear = years[0]?.year ?? 0;
  const lastYear = years[years.length - 1]?.year ?? firstYear;
  const slot = plotW / (lastYear - firstYear + 1);
  const slotX = (year: number) => M.left + (year - firstYear) * slot;
  const mid = (year: number) => slotX(year) + slot / 2;

  const shownYears = years.filter((d) => d.year <= state.through && yearKnown(d.year, asOf));
  const flights = state.newGlenn ? data.flights.filter((f) => f.date <= asOf) : [];
  // New Glenn's row: squares side by side under their year, as many to a line as the year's slot holds.
  const side = Math.min(FLIGHT_SQUARE.max, Math.max(FLIGHT_SQUARE.min, slot * 0.42));
  const step = side + FLIGHT_SQUARE.gap;
  // (A line may overhang its slot by half a pixel a side: a 343 px phone canvas has 18.9 px slots.)
  const perLine = Math.max(1, Math.floor((slot + FLIGHT_SQUARE.gap + 1) / step));
  const perYear = new Map<number, number>();
  for (const f of flights) perYear.set(f.year, (perYear.get(f.year) ?? 0) + 1);
  const rowLines = Math.max(0, ...[...perYear.values()].map((n) => Math.ceil(n / perLine)));
  const rowHeight = rowLines ? ROW_OFFSET - M.bottom + rowLines * step - FLIGHT_SQUARE.gap + 4 : 0;
  const plotH = Math.max(50, size.height - M.top - M.bottom - rowHeight);
  const baseline = M.top + plotH;
  const target = state.expectation && expectation && expectation.year <= state.through ? expectation : undefined;

  // A linear scale from d3-array's nice bounds and ticks (d3-scale would bring d3-format and more to the page).
  const visibleMax = Math.max(1, ...shownYears.map((d) => d.launches), target?.launches ?? 0);
  const [, top] = nice(0, visibleMax, 4);
  const y = (v: number) => baseline - (v / top) * plotH;

  const falconBar = (year: number) => ({ x: slotX(year) + slot * 0.11, width: slot * 0.78 });
  const full = (year: number) => (state.emphasis === undefined ? true : state.emphasis !== null && year >= state.emphasis.from && year <= state.emphasis.to);

  const marks: RectMark[] = shownYears.map((d) => ({
    key: String(d.year),
    series: 'falcon',
    value: d.launches,
    name: `${d.year}: ${plural(d.launches, 'Falcon launch', 'Falcon launches')}`,
    ...falconBar(d.year),
    y: y(d.launches),
    height: baseline - y(d.launches),
    opacity: full(d.year) ? 1 : 0.45,
  }));
  if (target) {
    marks.push({
      key: `${target.year}-expected`,
      series: 'falcon',
      value: target.launches,
      name: `${target.year}: SpaceX’s target of ${formatCount(target.launches)} launches, a goal, not a count`,
      ...falconBar(target.year),
      y: y(target.launches),
      height: baseline - y(target.launches),
      variant: 'expectation',
    });
  }
  const rowTop = baseline + ROW_OFFSET;
  const squaresLeft = (year: number) => mid(year) - (Math.min(perYear.get(year) ?? 0, perLine) * step - FLIGHT_SQUARE.gap) / 2;
  const flightIndex = new Map<number, number>();
  for (const f of flights) {
    const i = flightIndex.get(f.year) ?? 0;
    flightIndex.set(f.year, i + 1);
    const x = squaresLeft(f.year) + (i % perLine) * step;
    marks.push({ key: f.flight, series: 'new-glenn', value: 1, name: `New Glenn’s flight ${f.flight}, ${formatDate(f.date)}`, x, y: rowTop + Math.floor(i / perLine) * step, width: side, height: side });
  }

  // Gridlines and their labels.
  const tickValues = ticks(0, top, 4);
  const rules: Rule[] = tickValues.map((t) => ({ key: `grid-${t}`, x1: M.left, x2: M.left + plotW, y1: y(t), y2: y(t), variant: t === 0 ? 'baseline' : 'grid' }));
  const labels: TextLabel[] = tickValues.map((t) => ({ key: `tick-${t}`, x: M.left - 6, y: y(t) + 4, text: formatCount(t), anchor: 'end', variant: 'tick' }));
  // Year labels: every fifth year and the last one, so they never collide at 320px. Centred under
  // their bar, but never past the canvas's edge: at 320 px the last year's slot is narrower than its
  // four digits, which ran 2 px off the right. (Half of four tabular digits is about 1.25 em; 1.3 to spare.)
  const halfYear = 1.3 * sharedLabels.tick.size;
  for (const d of years) {
    if (d.year % 5 === 0 || d.year === lastYear) labels.push({ key: `year-${d.year}`, x: Math.min(mid(d.year), size.width - 1 - halfYear), y: baseline + 17, text: String(d.year), anchor: 'middle', variant: 'tick' });
  }

  const annotate = (key: string, x: number, yy: number, text: string, anchor: TextLabel['anchor'], series?: string) =>
    labels.push({ key, x, y: yy, text, anchor, series, variant: 'annotation' });
  for (const year of state.values ?? []) {
    const d = shownYears.find((q) => q.year === year);
    if (d) annotate(`value-${year}`, falconBar(year).x + falconBar(year).width / 2, y(d.launches) - 5, formatCount(d.launches), 'middle', 'falcon');
  }
  const right = M.left + plotW;
  if (target && state.expectation === 'labelled') {
    annotate('expected', right, y(target.launches) - 6, `${target.claimedBy}’s target: ${formatCount(target.launches)}`, 'end', 'falcon');
  } else if (target) {
    // A short reminder of what the dashed outline is, to its left, above the shorter earlier bars.
    annotate('expected', falconBar(target.year).x - 4, y(target.launches) + 5, `target ${formatCount(target.launches)}`, 'end', 'falcon');
  }
  // A later state says, on the chart, the date it shows.
  if (state.asOf !== 'story') annotate('as-of', M.left, 14, `As of ${formatDate(asOf)}`, 'start');

  if (rowLines) {
    // The row's key, left of the first year's squares, in New Glenn's colour.
    const first = Math.min(...perYear.keys());
    annotate('ng-row', squaresLeft(first) - 7, rowTop + side / 2 + 4.5, 'New Glenn, one square per launch', 'end', 'new-glenn');
  }
  if (state.newGlenn) {
    // The counts sit in the band above the bars, right-aligned at the year's slot.
    const year = Math.max(...flights.map((f) => f.year), Number(asOf.slice(0, 4)));
    const x = slotX(year) + slot;
    const n = flights.filter((f) => f.year === year).length;
    const falcon = shownYears.find((d) => d.year === year);
    const pending = data.flights.find((f) => f.date > asOf && f.plannedFor);
    const lines = falcon
      ? [`${year}: ${plural(falcon.launches, 'Falcon launch', 'Falcon launches')}`, `${plural(n, 'New Glenn launch', 'New Glenn launches')}`]
      : [`New Glenn: ${plural(n, 'launch', 'launches')}`, pending ? 'second flight postponed' : ''];
    const y0 = M.top - LINE - 2;
    lines.forEach((line, i) => {
      if (line) annotate(`ng-${i + 1}`, Math.min(x, size.width - 2), y0 + i * LINE, line, 'end', i === 0 && falcon ? 'falcon' : 'new-glenn');
    });
  }

  const groups = { falcon: 'Falcon launches per year', 'new-glenn': `New Glenn: ${plural(flights.length, 'launch', 'launches')}` };
  return { size, marks, labels, rules, groups, description: describe(data, state, asOf, shownYears, flights.length), summary: summarize(data, state, asOf, shownYears, flights.length) };
}

function describe(data: LaunchCadenceData, state: CadenceState, asOf: string, shown: LaunchCadenceData['years'], flown: number): string {
  const parts: string[] = [];
  const first = data.years[0]?.year;
  const values = (state.values ?? []).map((yr) => shown.find((d) => d.year === yr)).filter((d) => d !== undefined);
  parts.push(`Falcon launches per year, ${first}–${shown[shown.length - 1]?.year ?? first}${values.length ? `: ${values.map((d) => `${d.year}, ${formatCount(d.launches)}`).join('; ')}` : ''}.`);
  const e = data.expectation;
  // The target is told in full where it is the news, and named briefly in the states that keep it.
  if (state.expectation === 'labelled' && e) parts.push(`${e.claimedBy} said on ${formatDate(e.claimedOn)} that it was targeting ${formatCount(e.launches)} launches in ${e.year}, drawn dashed.`);
  else if (state.expectation && e) parts.push(`The dashed bar is ${e.claimedBy}’s target of ${formatCount(e.launches)} for ${e.year}.`);
  if (state.newGlenn) {
    const pending = data.flights.find((f) => f.date > asOf && f.plannedFor);
    parts.push(`New Glenn had launched ${formatTimes(flown)} by ${formatDate(asOf)}${pending ? '; its second flight had been postponed' : ''}.`);
  }
  return (state.asOf === 'story' ? '' : `As of ${formatDate(asOf)}. `) + parts.join(' ');
}

/** One short sentence: the years drawn and the counts the state writes on its bars; the target; New Glenn's count. */
function summarize(data: LaunchCadenceData, state: CadenceState, asOf: string, shown: LaunchCadenceData['years'], flown: number): string {
  const dated = state.asOf === 'story' ? '' : `As of ${formatDate(asOf)}, `;
  const stressed = state.emphasis ? shown.filter((d) => d.year >= state.emphasis!.from && d.year <= state.emphasis!.to) : [];
  if (state.newGlenn) {
    const pending = data.flights.find((f) => f.date > asOf && f.plannedFor);
    const falcon = stressed.at(-1);
    if (falcon) return `${dated}Falcon had launched ${formatTimes(falcon.launches)} in ${falcon.year} and New Glenn ${formatTimes(flown)} in all`;
    return `${dated}New Glenn had launched ${formatTimes(flown)}${dated ? '' : ` by ${formatDate(asOf)}`}${pending ? '; its second flight had been postponed' : ''}`;
  }
  const e = data.expectation;
  const last = shown.at(-1);
  if (state.expectation && e) return `${dated}${e.claimedBy} was targeting ${formatCount(e.launches)} launches in ${e.year}${last ? `, after ${formatCount(last.launches)} in ${last.year}` : ''}`;
  const values = (state.values ?? []).map((yr) => shown.find((d) => d.year === yr)).filter((d) => d !== undefined);
  const ends = values.length > 1 ? [values[0]!, values.at(-1)!] : values;
  const first = data.years[0]?.year;
  return `${dated}Falcon launches per year, ${first}–${last?.year ?? first}${ends.length ? `: ${ends.map((d) => `${formatCount(d.launches)} in ${d.year}`).join(', ')}` : ''}`;
}
