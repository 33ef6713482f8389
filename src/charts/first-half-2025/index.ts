// first-half-2025, as the build uses it: the view plus shaping, table, CSV and sources.
import { defineChart } from '../definition';
import { formatDate } from '../../data/format';
import { shapeTimeline } from './shape';
import { lanes, namedEvents, view } from './view';

const laneLabel = new Map(lanes.map((l) => [l.id, l.label]));
// The state that first shows an event: for the CSV, so a reader can rebuild each step.
const firstState = (id: string) => view.states.find((s) => s.adds.includes(id))?.id ?? '';

export const chart = defineChart(view, {
  shape: (d) => shapeTimeline(d, namedEvents, lanes.map((l) => l.id)),
  sources: (data) => [...new Set(data.events.map((e) => e.source))],
  table: (data) => ({
    caption: 'Events of January to June 2025, by lane, in date order',
    columns: ['Date', 'Lane', 'Event', 'Source'],
    rows: data.events.map((e) => [formatDate(e.date), laneLabel.get(e.lane) ?? e.lane, e.what, e.publisher]),
    keys: data.events.map((e) => e.id),
  }),
  // Each state is about the events it adds.
  currentRows: (_data, state) => state.adds,
  // One row per event: the date as the data gives it (YYYY-MM where only the month is known).
  csv: (data, cite) => ({
    columns: ['event_id', 'date', 'date_precision', 'lane', 'label', 'event', 'first_shown_in_state', 'source'],
    rows: data.events.map((e) => [e.id, e.date, e.precision, e.lane, e.label, e.what, firstState(e.id), cite([e.source])]),
  }),
});
