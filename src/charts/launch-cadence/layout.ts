// Falcon launches per year as bars on a shared baseline; New Glenn's flights beside the 2025 bar,
// on the same scale (so they are as small as they are), with direct labels doing the explaining.
import { nice, ticks } from 'd3-array';
import type { RectMark, Rule, Scene, Size, TextLabel } from '../scene';
import { formatCount, formatDate, formatMonth, plural } from '../../data/format';
import type { LaunchCadenceData } from './shape';
import type { LaunchCadenceStateId } from './states';

const M = { top: 34, right: 6, bottom: 24, left: 34 };
/** Years shown in each state (inclusive); later bars wait at the baseline, invisible. */
const lastYear: Record<LaunchCadenceStateId, number> = {
  early: 2016,
  climb: 2023,
  'record-2024': 2024,
  'expected-2025': 2025,
  'new-glenn': 2025,
  ratio: 2025,
};
const MIN_FLIGHT_HEIGHT = 3; // a flight at this scale is ~2px: keep it visible, label it plainly

export function layoutLaunchCadence(data: LaunchCadenceData, state: LaunchCadenceStateId, size: Size): Scene {
  const { years, flights, expectation } = data;
  const plotW = Math.max(50, size.width - M.left - M.right);
  const plotH = Math.max(50, size.height - M.top - M.bottom);
  const baseline = M.top + plotH;
  // Each year is one slot; the story's year gets a second slot, beside it, for New Glenn's bar
  // (more years in the data move along; the New Glenn bar stays with its year).
  const finalYear = years[years.length - 1]?.year ?? 2025;
  const ngYear = Number(data.storyDate.slice(0, 4));
  const slot = plotW / (years.length + 1);
  const barW = Math.max(2, slot * 0.78);
  const slotX = (year: number) => M.left + (year - (years[0]?.year ?? year) + (year > ngYear ? 1 : 0)) * slot;
  const ngX = slotX(ngYear) + slot;

  const upTo = lastYear[state];
  const early = state === 'early';
  const visibleMax = Math.max(...years.filter((y) => y.year <= upTo).map((y) => y.launches), early ? 0 : expectation?.launches ?? 0);
  // A linear scale from d3-array's nice bounds and ticks (d3-scale would bring d3-format and more to the page).
  const [, top] = nice(0, visibleMax || 1, 4);
  const y = (v: number) => baseline - (v / top) * (baseline - M.top);

  const showCounted2025 = state !== 'early' && state !== 'climb' && state !== 'record-2024';
  const emphasis: Record<LaunchCadenceStateId, (year: number) => boolean> = {
    early: () => true,
    climb: (yr) => yr >= 2017,
    'record-2024': (yr) => yr === 2024,
    'expected-2025': (yr) => yr === 2025,
    'new-glenn': () => false,
    ratio: (yr) => yr === finalYear,
  };

  const marks: RectMark[] = years.map((d) => {
    const shown = d.year <= upTo && (!d.countedAfterStory || showCounted2025);
    const top = shown ? y(d.launches) : baseline;
    return {
      key: String(d.year),
      series: 'falcon',
      value: d.launches,
      x: slotX(d.year) + (slot - barW) / 2,
      y: top,
      width: barW,
      height: baseline - top,
      opacity: shown ? (emphasis[state](d.year) ? 1 : 0.45) : 0,
      variant: d.countedAfterStory ? 'counted-later' : undefined,
    };
  });

  if (expectation) {
    const shown = !early && showCounted2025;
    const top = shown ? y(expectation.launches) : baseline;
    marks.push({
      key: `${expectation.year}-expected`,
      series: 'falcon',
      value: expectation.launches,
      x: slotX(expectation.year) + (slot - barW) / 2,
      y: top,
      width: barW,
      height: baseline - top,
      opacity: shown ? 1 : 0,
      variant: 'expectation',
    });
  }

  const showAnyFlights = state === 'new-glenn' || state === 'ratio';
  const unit = Math.max(MIN_FLIGHT_HEIGHT, baseline - y(1));
  flights.forEach((f, i) => {
    // Only the story year's flights stand in New Glenn's slot.
    const showFlights = showAnyFlights && f.year === ngYear;
    const planned = state === 'new-glenn' && f.afterStory;
    marks.push({
      key: f.flight,
      series: 'new-glenn',
      x: ngX + (slot - barW) / 2,
      y: showFlights ? baseline - unit * (i + 1) : baseline,
      width: barW,
      height: showFlights ? unit : 0,
      opacity: showFlights ? 1 : 0,
      variant: planned ? 'planned' : undefined,
    });
  });

  // Gridlines and their labels.
  const tickValues = ticks(0, top, 4);
  const rules: Rule[] = tickValues.map((t) => ({ key: `grid-${t}`, x1: M.left, x2: M.left + plotW, y1: y(t), y2: y(t), opacity: 1, variant: t === 0 ? 'baseline' : 'grid' }));
  const labels: TextLabel[] = tickValues.map((t) => ({ key: `tick-${t}`, x: M.left - 6, y: y(t) + 4, text: formatCount(t), anchor: 'end', opacity: 1, variant: 'tick' }));
  // Year labels: every fifth year and the last one, so they never collide at 320px.
  for (const d of years) {
    const show = d.year % 5 === 0 || d.year === finalYear;
    labels.push({ key: `year-${d.year}`, x: slotX(d.year) + slot / 2, y: baseline + 17, text: show ? String(d.year) : '', anchor: 'middle', opacity: show ? 1 : 0, variant: 'tick' });
  }

  const annotate = (key: string, x: number, yy: number, text: string, anchor: TextLabel['anchor'] = 'middle', series?: string) =>
    labels.push({ key, x, y: yy, text, anchor, opacity: 1, series, variant: 'annotation' });
  const barTop = (year: number) => y(years.find((d) => d.year === year)?.launches ?? 0);
  const mid = (year: number) => slotX(year) + slot / 2;
  const right = M.left + plotW;

  switch (state) {
    case 'early':
      for (const d of years.filter((d) => d.year <= upTo)) annotate(`value-${d.year}`, mid(d.year), barTop(d.year) - 5, formatCount(d.launches), 'middle', 'falcon');
      break;
    case 'climb':
      annotate('value-2017', mid(2017), barTop(2017) - 5, formatCount(launchesIn(data, 2017)), 'middle', 'falcon');
      annotate('value-2023', mid(2023), barTop(2023) - 5, formatCount(launchesIn(data, 2023)), 'middle', 'falcon');
      break;
    case 'record-2024':
      annotate('value-2024', mid(2024), barTop(2024) - 5, `${formatCount(launchesIn(data, 2024))} in 2024`, 'end', 'falcon');
      break;
    case 'expected-2025':
      if (expectation) annotate('expected', right, y(expectation.launches) - 6, `≈${formatCount(expectation.launches)} expected (${expectation.claimedBy}, ${formatMonth(expectation.claimedOn)})`, 'end', 'falcon');
      annotate('value-2025', mid(finalYear) - barW / 2 - 4, barTop(finalYear) + 14, `${formatCount(launchesIn(data, finalYear))} counted`, 'end', 'falcon');
      break;
    case 'new-glenn':
    case 'ratio': {
      // New Glenn's labels sit in the empty upper left (the early years are short bars), with a
      // leader down to its sliver of a bar, so the text never lies across the tall recent bars.
      const lines =
        state === 'new-glenn'
          ? [`New Glenn: ${plural(flights.filter((f) => !f.afterStory).length, 'launch', 'launches')} by ${formatMonth(data.storyDate)}`, 'second flight postponed']
          : (() => {
              const falcon = launchesIn(data, finalYear);
              const ng = flights.filter((f) => f.year === finalYear).length;
              return [`${finalYear}: ${formatCount(falcon)} Falcon, ${formatCount(ng)} New Glenn`, ng > 0 ? `≈${formatCount(falcon / ng)} Falcon launches for each New Glenn` : ''];
            })();
      const x0 = M.left + 8;
      const y0 = M.top + 14;
      annotate('ng', x0, y0, lines[0] ?? '', 'start', 'new-glenn');
      annotate('ng-2', x0, y0 + 17, lines[1] ?? '', 'start', 'new-glenn');
      const textEnd = Math.min(ngX, x0 + Math.max(...lines.map((l) => l.length)) * 7.4 + 6);
      const ngMid = ngX + slot / 2;
      const ngTop = baseline - unit * flights.length - 3;
      rules.push({ key: 'leader-h', x1: textEnd, y1: y0 - 4, x2: ngMid, y2: y0 - 4, opacity: 1, variant: 'leader' });
      rules.push({ key: 'leader-v', x1: ngMid, y1: y0 - 4, x2: ngMid, y2: ngTop, opacity: 1, variant: 'leader' });
      break;
    }
  }
  if (state !== 'new-glenn' && state !== 'ratio') {
    // The leader waits, collapsed on New Glenn's slot, until its labels appear.
    const ngMid = ngX + slot / 2;
    for (const key of ['leader-h', 'leader-v']) rules.push({ key, x1: ngMid, y1: baseline, x2: ngMid, y2: baseline, opacity: 0, variant: 'leader' });
  }
  // Annotations not used in this state fade out rather than vanish.
  for (const key of ['expected', 'ng', 'ng-2', ...years.map((d) => `value-${d.year}`)]) {
    if (!labels.some((l) => l.key === key)) labels.push({ key, x: right, y: M.top, text: '', anchor: 'end', opacity: 0, variant: 'annotation' });
  }

  return { size, marks, labels, rules, description: describe(data, state) };
}

function launchesIn(data: LaunchCadenceData, year: number): number {
  return data.years.find((d) => d.year === year)?.launches ?? 0;
}

function describe(data: LaunchCadenceData, state: LaunchCadenceStateId): string {
  const first = data.years[0]?.year;
  const n = (year: number) => formatCount(launchesIn(data, year));
  switch (state) {
    case 'early':
      return `Falcon launches per year, ${first}–2016: ${data.years.filter((d) => d.year <= 2016).map((d) => `${d.year}: ${formatCount(d.launches)}`).join(', ')}.`;
    case 'climb':
      return `Falcon launches climb from ${n(2017)} in 2017 to ${n(2023)} in 2023.`;
    case 'record-2024':
      return `Falcon launches reach ${n(2024)} in 2024, a record at the time.`;
    case 'expected-2025':
      return data.expectation
        ? `For ${data.expectation.year}, ${data.expectation.claimedBy} said in ${formatMonth(data.expectation.claimedOn)} it was targeting about ${formatCount(data.expectation.launches)} launches (an expectation, drawn dashed); ${n(data.expectation.year)} were counted after the year ended.`
        : `${n(2025)} Falcon launches were counted in 2025.`;
    case 'new-glenn': {
      const flown = data.flights.filter((f) => !f.afterStory);
      const first = flown[0];
      const next = data.flights.find((f) => f.afterStory);
      const firstText = first ? `: its first flight on ${formatDate(first.date)} ${first.reachedOrbit ? 'reached orbit' : 'failed to reach orbit'}${first.boosterRecovered ? ' and its booster landed' : ' but the booster was lost'}` : '';
      const nextText = next ? `; its next flight${next.plannedFor ? `, planned for ${next.plannedFor},` : ''} was postponed` : '';
      return `By ${formatMonth(data.storyDate)} New Glenn had launched ${flown.length === 1 ? 'once' : plural(flown.length, 'time', 'times')}${firstText}${nextText}.`;
    }
    case 'ratio': {
      const last = data.years[data.years.length - 1]?.year ?? 2025;
      const ng = data.flights.filter((f) => f.year === last).length;
      const ratio = ng > 0 ? `, about ${formatCount(launchesIn(data, last) / ng)} to 1` : '';
      return `In ${last}: ${n(last)} Falcon launches and ${plural(ng, 'New Glenn launch', 'New Glenn launches')}${ratio}.`;
    }
  }
}
