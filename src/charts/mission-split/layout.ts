// Lays out the 54 missions for one state. Count states: one square per mission in rows of a
// fixed number of columns, grouped by provider as the steps assign them. Value states: the same
// marks become segments of one bar per provider, each segment as wide as that provider's average
// value per mission, so each bar's length (and area) is proportional to its dollar value.
import type { RectMark, Rule, Scene, Size, TextLabel } from '../scene';
import { formatCount, formatUsdMillions } from '../../data/format';
import type { ProviderId } from '../../data/schemas';
import type { MissionSplitData, ProviderSummary } from './shape';
import type { MissionSplitStateId } from './states';

const PAD = 4;
const LABEL = 22; // label line height, room for 14–15px text
const GROUP_GAP = 14;
const COLUMNS = 14;

interface Group {
  key: string;
  series: string;
  label: string;
  variant?: string;
  missions: MissionSplitData['missions'];
}

/** Which providers have been named by a given count state; the rest wait in one grey group. */
const named: Record<string, ProviderId[]> = {
  award: [],
  spacex: ['spacex'],
  'blue-origin': ['spacex', 'blue-origin'],
  ula: ['spacex', 'blue-origin', 'ula'],
};

export function layoutMissionSplit(data: MissionSplitData, state: MissionSplitStateId, size: Size): Scene {
  return state === 'value' || state === 'per-mission' ? valueScene(data, state, size) : countScene(data, state, size);
}

function countScene(data: MissionSplitData, state: keyof typeof named, size: Size): Scene {
  const assigned = named[state] ?? [];
  const groups: Group[] = assigned.map((id) => {
    const p = provider(data, id);
    return {
      key: id,
      series: id,
      label: `${p.label}: ${formatCount(p.missions)} missions${p.inArticle ? '' : ' · not in the article'}`,
      missions: data.missions.filter((m) => m.provider === id),
    };
  });
  const rest = data.missions.filter((m) => !assigned.includes(m.provider));
  if (rest.length) {
    groups.push({
      key: 'rest',
      series: 'unassigned',
      label:
        assigned.length === 0
          ? `${formatCount(rest.length)} missions, ${data.launchYears[0]}–${data.launchYears[1]}`
          : `${formatCount(rest.length)} more missions`,
      missions: rest,
    });
  }

  // One cell size for every count state, fitted to the tallest arrangement (three groups, five rows).
  const rowsMax = rowsFor(data);
  const cell = Math.max(
    6,
    Math.min((size.width - 2 * PAD) / COLUMNS, (size.height - 3 * (LABEL + 4) - 2 * GROUP_GAP - PAD) / rowsMax, 44),
  );
  const gap = Math.max(2, Math.round(cell * 0.14));

  const marks: RectMark[] = [];
  const labels: TextLabel[] = [];
  let top = PAD;
  for (const g of groups) {
    labels.push({ key: `label-${g.key === 'rest' ? 'rest' : g.key}`, x: PAD, y: top + LABEL - 6, text: g.label, anchor: 'start', opacity: 1, series: g.series, variant: 'group-label' });
    const gridTop = top + LABEL + 4;
    g.missions.forEach((m, i) => {
      marks.push({
        key: m.key,
        series: g.series,
        x: PAD + (i % COLUMNS) * cell,
        y: gridTop + Math.floor(i / COLUMNS) * cell,
        width: cell - gap,
        height: cell - gap,
        opacity: 1,
      });
    });
    top = gridTop + Math.ceil(g.missions.length / COLUMNS) * cell + GROUP_GAP;
  }
  // Labels of groups absent in this state fade rather than vanish, so they can return.
  for (const key of ['spacex', 'blue-origin', 'ula', 'rest']) {
    if (!labels.some((l) => l.key === `label-${key}`)) labels.push({ key: `label-${key}`, x: PAD, y: PAD + LABEL - 6, text: '', anchor: 'start', opacity: 0, variant: 'group-label' });
  }
  return { size, marks: sortByKey(marks), labels, rules: [], description: describeCount(data, assigned) };
}

function rowsFor(data: MissionSplitData): number {
  return data.providers.reduce((s, p) => s + Math.ceil(p.missions / COLUMNS), 0);
}

function valueScene(data: MissionSplitData, state: 'value' | 'per-mission', size: Size): Scene {
  const maxValue = Math.max(...data.providers.map((p) => p.valueUsdMillions));
  const k = (size.width - 2 * PAD) / maxValue; // px per $1 million
  const rows = data.providers.length;
  const barHeight = Math.max(12, Math.min(56, (size.height - PAD - rows * (LABEL + 4) - (rows - 1) * GROUP_GAP * 2) / rows));
  const perMission = state === 'per-mission';

  const marks: RectMark[] = [];
  const labels: TextLabel[] = [];
  const rules: Rule[] = [];
  let top = PAD;
  for (const p of data.providers) {
    const segment = p.perMissionUsdMillions * k;
    const barTop = top + LABEL + 4;
    const text = perMission
      ? `${p.label}: ≈ ${formatUsdMillions(p.perMissionUsdMillions)} a mission`
      : `${p.label}: ${formatUsdMillions(p.valueUsdMillions)} for ${formatCount(p.missions)} missions`;
    labels.push({ key: `label-${p.id}`, x: PAD, y: top + LABEL - 6, text, anchor: 'start', opacity: 1, series: p.id, variant: 'group-label' });
    data.missions
      .filter((m) => m.provider === p.id)
      .forEach((m) => {
        const first = m.indexInProvider === 0;
        marks.push({
          key: m.key,
          series: p.id,
          value: p.perMissionUsdMillions,
          x: PAD + m.indexInProvider * segment,
          y: barTop,
          width: segment,
          height: barHeight,
          // In the per-mission state one segment per bar stands for "the average mission".
          opacity: perMission && !first ? 0.3 : 1,
          variant: perMission ? (first ? 'segment emphasis' : 'segment muted') : 'segment',
        });
      });
    if (perMission) {
      // A bracket under the emphasised segment, so its width reads as the quantity.
      rules.push({ key: `bracket-${p.id}`, x1: PAD, y1: barTop + barHeight + 5, x2: PAD + segment, y2: barTop + barHeight + 5, opacity: 1, variant: 'bracket' });
    } else {
      rules.push({ key: `bracket-${p.id}`, x1: PAD, y1: barTop + barHeight + 5, x2: PAD, y2: barTop + barHeight + 5, opacity: 0, variant: 'bracket' });
    }
    top = barTop + barHeight + GROUP_GAP * 2;
  }
  labels.push({ key: 'label-rest', x: PAD, y: PAD + LABEL - 6, text: '', anchor: 'start', opacity: 0, variant: 'group-label' });
  return { size, marks: sortByKey(marks), labels, rules, description: describeValue(data, perMission) };
}

function provider(data: MissionSplitData, id: ProviderId): ProviderSummary {
  const p = data.providers.find((q) => q.id === id);
  if (!p) throw new Error(`mission-split: no provider "${id}"`);
  return p;
}

function sortByKey(marks: RectMark[]): RectMark[] {
  return marks.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function describeCount(data: MissionSplitData, assigned: ProviderId[]): string {
  const [from, to] = data.launchYears;
  if (assigned.length === 0) {
    return `${formatCount(data.totalMissions)} national-security launch missions for ${from}–${to}, one square each, not yet assigned to a company.`;
  }
  const parts = assigned.map((id) => {
    const p = provider(data, id);
    return `${p.name} ${formatCount(p.missions)}`;
  });
  const left = data.missions.filter((m) => !assigned.includes(m.provider)).length;
  const tail = left > 0 ? `; ${formatCount(left)} missions not yet shown by company.` : ` of ${formatCount(data.totalMissions)}.`;
  const leftOut = assigned.map((id) => provider(data, id)).filter((p) => !p.inArticle);
  const ulaNote = leftOut.map((p) => ` The source article does not mention ${p.label}.`).join('');
  return `Missions by company: ${parts.join(', ')}${tail}${ulaNote}`;
}

function describeValue(data: MissionSplitData, perMission: boolean): string {
  if (perMission) {
    const parts = data.providers.map((p) => `${p.name} about ${formatUsdMillions(p.perMissionUsdMillions)}`);
    return `Average value per mission, each award divided by its missions (not a launch price): ${parts.join(', ')}.`;
  }
  const parts = data.providers.map((p) => `${p.name} ${formatUsdMillions(p.valueUsdMillions)} for ${formatCount(p.missions)} missions`);
  return `Bars as long as each company's award, one segment per mission: ${parts.join(', ')}; ${formatUsdMillions(data.totalValueUsdMillions)} in all.`;
}
