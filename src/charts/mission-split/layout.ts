// Lays out the 54 missions for one state, filling the canvas it is given.
// Count states: one square per mission, grouped by company as the state names them. Each state
// picks the number of columns that makes its squares largest on the canvas it is given, and is
// centred, so no state leaves a band of the canvas empty (fewer groups: bigger squares).
// Value states: the same marks become segments of one bar per company, each segment as wide as
// that company's average value per mission, so each bar's length (and area) is its dollar value;
// the rows share the canvas's height.
import type { RectMark, Rule, Scene, Size, TextLabel } from '../scene';
import { formatCount, formatProseCount, formatUsdMillions } from '../../data/format';
import type { MissionSplitData, ProviderSummary } from './shape';
import type { CountState, MissionSplitState, ValueState } from './view';

const PAD = 4;
const LABEL = 22; // label line height, room for 14–15px text
const GROUP_GAP = 12;
const MAX_CELL = 96;

interface Group {
  key: string;
  series: string;
  label: string;
  missions: MissionSplitData['missions'];
}

export function layoutMissionSplit(data: MissionSplitData, state: MissionSplitState, size: Size): Scene {
  return state.kind === 'value' ? valueScene(data, state, size) : countScene(data, state, size);
}

/** The column count that gives these groups the biggest squares on this canvas. */
function grid(groups: Group[], size: Size): { columns: number; cell: number } {
  let best = { columns: 10, cell: 0 };
  for (let columns = 6; columns <= 27; columns++) {
    const rows = groups.reduce((s, g) => s + Math.ceil(g.missions.length / columns), 0);
    const byWidth = (size.width - 2 * PAD) / columns;
    const byHeight = (size.height - 2 * PAD - groups.length * (LABEL + 4) - (groups.length - 1) * GROUP_GAP) / rows;
    const cell = Math.min(byWidth, byHeight, MAX_CELL);
    if (cell > best.cell + 0.01) best = { columns, cell };
  }
  return { columns: best.columns, cell: Math.max(4, best.cell) };
}

function countScene(data: MissionSplitData, state: CountState, size: Size): Scene {
  const groups: Group[] = state.named.map((id) => {
    const p = provider(data, id);
    return { key: id, series: id, label: `${p.label}: ${formatCount(p.missions)} missions`, missions: data.missions.filter((m) => m.provider === id) };
  });
  const rest = data.missions.filter((m) => !state.named.includes(m.provider));
  if (rest.length) {
    const [from, to] = data.launchYears;
    groups.push({
      key: 'rest',
      series: 'unassigned',
      label: groups.length === 0 ? `${formatCount(rest.length)} missions, ${from}–${to}` : `${formatCount(rest.length)} more missions`,
      missions: rest,
    });
  }

  const { columns, cell } = grid(groups, size);
  const gap = Math.max(2, Math.round(cell * 0.14));
  const rowsOf = (g: Group) => Math.ceil(g.missions.length / columns);
  const contentHeight = groups.reduce((s, g) => s + LABEL + 4 + rowsOf(g) * cell, 0) + (groups.length - 1) * GROUP_GAP - gap;
  const contentWidth = Math.min(columns, Math.max(...groups.map((g) => g.missions.length))) * cell - gap;
  // Centred both ways: whatever the canvas's shape, no side is left as one empty band.
  const left = Math.max(PAD, (size.width - contentWidth) / 2);
  let top = Math.max(PAD, (size.height - contentHeight) / 2);

  const marks: RectMark[] = [];
  const labels: TextLabel[] = [];
  for (const g of groups) {
    labels.push({ key: `label-${g.key}`, x: left, y: top + LABEL - 6, text: g.label, anchor: 'start', series: g.series, variant: 'group-label' });
    const gridTop = top + LABEL + 4;
    g.missions.forEach((m, i) => {
      marks.push({
        key: m.key,
        series: g.series,
        x: left + (i % columns) * cell,
        y: gridTop + Math.floor(i / columns) * cell,
        width: cell - gap,
        height: cell - gap,
        name: `Mission ${i + 1} of ${g.missions.length}`,
      });
    });
    top = gridTop + rowsOf(g) * cell + GROUP_GAP;
  }
  return { size, marks: sortByKey(marks), labels, rules: [], description: describeCount(data, state.named), summary: summarizeCount(data, state.named) };
}

function valueScene(data: MissionSplitData, state: ValueState, size: Size): Scene {
  const maxValue = Math.max(...data.providers.map((p) => p.valueUsdMillions));
  const k = (size.width - 2 * PAD) / maxValue; // px per $1 million
  const rows = data.providers.length;
  // Each company gets an equal share of the height; its bar takes about half of it.
  const rowHeight = (size.height - 2 * PAD) / rows;
  const barHeight = Math.max(12, Math.min(120, rowHeight - LABEL - 4 - 14, rowHeight * 0.5));
  const block = LABEL + 4 + barHeight + 10;
  const { perMission } = state;

  const marks: RectMark[] = [];
  const labels: TextLabel[] = [];
  const rules: Rule[] = [];
  data.providers.forEach((p, row) => {
    const top = PAD + row * rowHeight + (rowHeight - block) / 2;
    const segment = p.perMissionUsdMillions * k;
    const barTop = top + LABEL + 4;
    const text = perMission
      ? `${p.label}: about ${formatUsdMillions(p.perMissionUsdMillions)} a mission`
      : `${p.label}: ${formatUsdMillions(p.valueUsdMillions)} for ${formatCount(p.missions)} missions`;
    labels.push({ key: `label-${p.id}`, x: PAD, y: top + LABEL - 6, text, anchor: 'start', series: p.id, variant: 'group-label' });
    for (const m of data.missions.filter((q) => q.provider === p.id)) {
      const first = m.indexInProvider === 0;
      marks.push({
        key: m.key,
        series: p.id,
        value: p.perMissionUsdMillions,
        name: `Mission ${m.indexInProvider + 1} of ${p.missions}: about ${formatUsdMillions(p.perMissionUsdMillions)} on average`,
        x: PAD + m.indexInProvider * segment,
        y: barTop,
        width: segment,
        height: barHeight,
        // In the per-mission state one segment per bar stands for "the average mission".
        opacity: perMission && !first ? 0.3 : 1,
        variant: perMission ? (first ? 'segment emphasis' : 'segment muted') : 'segment',
      });
    }
    // A bracket under the emphasised segment, so its width reads as the quantity.
    if (perMission) rules.push({ key: `bracket-${p.id}`, x1: PAD, y1: barTop + barHeight + 5, x2: PAD + segment, y2: barTop + barHeight + 5, variant: 'bracket' });
  });
  return { size, marks: sortByKey(marks), labels, rules, description: describeValue(data, perMission), summary: summarizeValue(data, perMission) };
}

function provider(data: MissionSplitData, id: string): ProviderSummary {
  const p = data.providers.find((q) => q.id === id);
  if (!p) throw new Error(`mission-split: a state names company "${id}", which nssl-phase3-lane2.json does not list`);
  return p;
}

function sortByKey(marks: RectMark[]): RectMark[] {
  return marks.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function describeCount(data: MissionSplitData, named: string[]): string {
  const [from, to] = data.launchYears;
  if (named.length === 0) {
    return `${formatCount(data.totalMissions)} national-security launch missions for ${from}–${to}, one square each, not yet assigned to a company.`;
  }
  const parts = named.map((id) => {
    const p = provider(data, id);
    return `${p.name} ${formatCount(p.missions)}`;
  });
  const left = data.missions.filter((m) => !named.includes(m.provider)).length;
  const tail = left > 0 ? `; ${formatProseCount(left)} missions not yet shown by company.` : ` of ${formatCount(data.totalMissions)}.`;
  return `Missions by company: ${parts.join(', ')}${tail}`;
}

function describeValue(data: MissionSplitData, perMission: boolean): string {
  if (perMission) {
    const parts = data.providers.map((p) => `${p.name} about ${formatUsdMillions(p.perMissionUsdMillions)}`);
    return `Average value per mission, each award divided by its missions (not a launch price): ${parts.join(', ')}.`;
  }
  const parts = data.providers.map((p) => `${p.name} ${formatUsdMillions(p.valueUsdMillions)} for ${formatProseCount(p.missions)} missions`);
  return `Bars as long as each company’s award, one segment per mission: ${parts.join(', ')}; ${formatUsdMillions(data.totalValueUsdMillions)} in all.`;
}

/** "SpaceX has 28 of the 54 missions, Blue Origin seven and United Launch Alliance 19" */
function summarizeCount(data: MissionSplitData, named: string[]): string {
  const [from, to] = data.launchYears;
  if (named.length === 0) return `${formatCount(data.totalMissions)} national-security launch missions for ${from}–${to}, not yet shown by company`;
  const [first, ...rest] = named.map((id) => provider(data, id));
  const others = rest.map((p) => `${p.name} ${formatProseCount(p.missions)}`);
  const tail = others.length > 1 ? `, ${others.slice(0, -1).join(', ')} and ${others.at(-1)}` : others.length ? `, ${others[0]}` : '';
  return `${first!.name} has ${formatProseCount(first!.missions)} of the ${formatCount(data.totalMissions)} missions${tail}`;
}

function summarizeValue(data: MissionSplitData, perMission: boolean): string {
  if (perMission) return `Average per mission: ${data.providers.map((p, i) => `${p.name} ${i === 0 ? 'about ' : ''}${formatUsdMillions(p.perMissionUsdMillions)}`).join(', ')}`;
  return `Awards: ${data.providers.map((p) => `${p.name} ${formatUsdMillions(p.valueUsdMillions)}`).join(', ')}; ${formatUsdMillions(data.totalValueUsdMillions)} in all`;
}
