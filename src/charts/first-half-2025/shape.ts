// The dated events that have a lane, as the timeline needs them: each with the span of days it
// covers (one day, or a whole month where only the month is known), and the months of the axis.
import type { Datasets } from '../../data/load';
import type { EventLane } from '../../data/schemas';
import { DataFileError } from '../../data/validate';

const FILE = 'content/data/events.json';

export interface TimelineEvent {
  id: string;
  /** as the data gives it: YYYY-MM-DD, or YYYY-MM where only the month is known */
  date: string;
  precision: 'day' | 'month';
  /** days since the axis starts: the first day covered, and the day after the last */
  start: number;
  end: number;
  lane: EventLane;
  label: string;
  what: string;
  source: string;
  publisher: string;
  /** named by one of the chart's states; an event no state names appears once its date is reached */
  named: boolean;
}

export interface TimelineMonth {
  /** YYYY-MM */
  key: string;
  start: number;
  end: number;
}

export interface TimelineData {
  /** in date order (a month-only date sorts at mid-month) */
  events: TimelineEvent[];
  months: TimelineMonth[];
  /** days on the axis: first day of the first month to the end of the last */
  days: number;
}

const DAY = 86_400_000;
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY;

/** The first day a date covers and the day after its last, as day numbers. */
function span(date: string): { start: number; end: number; precision: TimelineEvent['precision'] } {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return { start: dayNumber(y, 1, 1), end: dayNumber(y + 1, 1, 1), precision: 'month' };
  if (d === undefined) return { start: dayNumber(y, m, 1), end: dayNumber(y, m + 1, 1), precision: 'month' };
  return { start: dayNumber(y, m, d), end: dayNumber(y, m, d + 1), precision: 'day' };
}

/**
 * Shapes the lane events of events.json. `namedIds` are the events the chart's states name: each
 * must be there with a lane, or the build stops and says which.
 */
export function shapeTimeline({ events, sources }: Pick<Datasets, 'events' | 'sources'>, namedIds: readonly string[], laneIds: readonly string[]): TimelineData {
  const lane = events.events.filter((e) => e.lane !== undefined);
  const unknownLanes = events.events.flatMap((e, i) =>
    e.lane !== undefined && !laneIds.includes(e.lane) ? [`events[${i}] (id ${e.id}), field "lane": "${e.lane}" is not a lane of the timeline (chart first-half-2025); its lanes are ${laneIds.join(', ')}`] : [],
  );
  if (unknownLanes.length) throw new DataFileError(FILE, unknownLanes);
  const problems = namedIds.flatMap((id) => {
    const i = events.events.findIndex((e) => e.id === id);
    if (i < 0) return [`events: no record with id "${id}", which the timeline (chart first-half-2025) shows`];
    if (!events.events[i]!.lane) return [`events[${i}] (id ${id}), field "lane": missing: the timeline (chart first-half-2025) shows this event, so it needs a lane`];
    return [];
  });
  if (problems.length) throw new DataFileError(FILE, problems);
  if (lane.length === 0) throw new DataFileError(FILE, ['no event has a lane, so the timeline (chart first-half-2025) has nothing to draw']);

  const publisher = new Map(sources.map((s) => [s.id, s.publisher]));
  const spans = lane.map((e) => span(e.date));
  const first = new Date(Math.min(...spans.map((s) => s.start)) * DAY);
  const last = new Date((Math.max(...spans.map((s) => s.end)) - 1) * DAY);
  // The axis runs over whole months: from the start of the earliest event's month to the end of the latest's.
  const origin = dayNumber(first.getUTCFullYear(), first.getUTCMonth() + 1, 1);
  const months: TimelineMonth[] = [];
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth() + 1; dayNumber(y, m, 1) <= dayNumber(last.getUTCFullYear(), last.getUTCMonth() + 1, 1); m === 12 ? ((m = 1), y++) : m++) {
    months.push({ key: `${y}-${String(m).padStart(2, '0')}`, start: dayNumber(y, m, 1) - origin, end: dayNumber(y, m + 1, 1) - origin });
  }
  const named = new Set(namedIds);
  const shaped = lane.map((e, i): TimelineEvent => {
    const s = spans[i]!;
    return {
      id: e.id,
      date: e.date,
      precision: s.precision,
      start: s.start - origin,
      end: s.end - origin,
      lane: e.lane!,
      // the schema makes a label required wherever there is a lane
      label: e.label ?? e.id,
      what: e.what,
      source: e.source,
      publisher: publisher.get(e.source) ?? e.source,
      named: named.has(e.id),
    };
  });
  const middle = (e: TimelineEvent) => (e.start + e.end) / 2;
  shaped.sort((a, b) => middle(a) - middle(b) || a.start - b.start);
  return { events: shaped, months, days: months[months.length - 1]!.end };
}
