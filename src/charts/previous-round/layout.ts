// The two rounds as two 100% columns, the earlier on the left, the later on the right, each split
// by company in the same order, so a company's segment can be followed across. Labels sit outside
// the columns: the earlier round's on the left edge, the later round's on the right edge. A round
// a state does not name stands as one grey column. In the "change" state, lines join the columns
// where the companies' shares meet, and the later round's labels give each company's change.
import type { RectMark, Rule, Scene, Size, TextLabel } from '../scene';
import { formatCount, formatPercent, formatProseCount } from '../../data/format';
import type { PreviousRoundData, Round } from './shape';
import type { PreviousRoundState } from './view';

const PAD = 4;
const HEAD = 40; // the round's year and its count of missions, above its column
const LINE = 16; // between a label's name and its figures
const BLOCK = 34; // the least distance between two labels' centres on one side

export function layoutPreviousRound(data: PreviousRoundData, state: PreviousRoundState, size: Size): Scene {
  const { width: W, height: H } = size;
  const side = Math.min(130, Math.max(88, W * 0.28));
  const colW = Math.min(110, Math.max(24, (W - 2 * PAD - 2 * side) * 0.32));
  const left = [PAD + side, W - PAD - side - colW] as const;
  const top = PAD + HEAD;
  const h = H - PAD - top;

  const marks: RectMark[] = [];
  const labels: TextLabel[] = [];
  const rules: Rule[] = [];
  /** each round's cumulative share at the foot of each company's segment, in the companies' order */
  const foot = data.rounds.map(() => new Map<string, number>());

  data.rounds.forEach((round, i) => {
    const x = left[i]!;
    const cx = x + colW / 2;
    const faded = state.muted === i ? 0.35 : 1;
    labels.push({ key: `head-${round.key}`, x: cx, y: PAD + 14, text: String(round.year), anchor: 'middle', variant: 'group-label' });
    labels.push({ key: `head-${round.key}-n`, x: cx, y: PAD + 32, text: `${formatCount(round.totalMissions)} missions`, anchor: 'middle', variant: 'tick' });
    const edge = i === 0 ? { x: PAD, anchor: 'start' as const } : { x: W - PAD, anchor: 'end' as const };
    if (!state.named.includes(i as 0 | 1)) {
      marks.push({ key: `${round.key}-pending`, series: 'unassigned', value: round.totalMissions, name: `${round.year}: ${formatCount(round.totalMissions)} missions`, x, y: top, width: colW, height: h });
      labels.push({ key: `label-${round.key}-pending`, x: edge.x, y: top + h / 2 + 5, text: i === 0 ? 'Earlier round' : 'Next round', anchor: edge.anchor, variant: 'group-label' });
      return;
    }
    let cum = 0;
    const centres: { id: string; y: number; name: string; detail: string }[] = [];
    for (const company of data.companies) {
      const c = round.companies.find((q) => q.id === company.id);
      if (!c || c.missions === 0) {
        foot[i]!.set(company.id, cum);
        continue;
      }
      const y = top + cum * h;
      const height = c.share * h;
      marks.push({ key: `${round.key}-${c.id}`, series: c.id, value: c.missions, name: `${round.year}: ${company.label}, ${formatCount(c.missions)} of ${formatCount(round.totalMissions)} missions (${formatPercent(c.share)})`, x, y, width: colW, height, opacity: faded });
      cum += c.share;
      foot[i]!.set(company.id, cum);
      centres.push({ id: c.id, y: y + height / 2, name: company.label, detail: detail(data, round, c.id, i === 1 && state.change === true) });
    }
    for (const c of spread(centres, top + 12, H - PAD - LINE - 2)) {
      // A faded round's labels stay readable text (4.5:1): the name loses its company colour for the
      // muted grey, rather than fading with the bars (at 0.6 opacity they fell to 2.6:1).
      const look = faded < 1 ? { variant: 'faded-name' } : { series: c.id, variant: 'group-label' };
      labels.push({ key: `label-${round.key}-${c.id}`, x: edge.x, y: c.y, text: c.name, anchor: edge.anchor, ...look });
      labels.push({ key: `label-${round.key}-${c.id}-n`, x: edge.x, y: c.y + LINE, text: c.detail, anchor: edge.anchor, variant: 'tick' });
    }
  });

  if (state.change) {
    // Where two companies' segments meet, in each round: the line's slope is the shift in share.
    for (const company of data.companies.slice(0, -1)) {
      const a = foot[0]!.get(company.id) ?? 0;
      const b = foot[1]!.get(company.id) ?? 0;
      rules.push({ key: `shift-${company.id}`, x1: left[0] + colW, y1: top + a * h, x2: left[1], y2: top + b * h, variant: 'shift' });
    }
  }
  return { size, marks, labels, rules, description: describe(data, state), summary: summarize(data, state) };
}

/** "22 of 48 (46%)", or in the change state "46% → 52%". */
function detail(data: PreviousRoundData, round: Round, id: string, change: boolean): string {
  const c = round.companies.find((q) => q.id === id)!;
  if (!change) return `${formatCount(c.missions)} of ${formatCount(round.totalMissions)} (${formatPercent(c.share)})`;
  const before = data.rounds[0].companies.find((q) => q.id === id)?.share ?? 0;
  return `${formatPercent(before)} → ${formatPercent(c.share)}`;
}

/** Label centres in order, at least BLOCK apart, kept between `min` and `max`. */
function spread<T extends { y: number }>(items: T[], min: number, max: number): T[] {
  const out = items.map((c) => ({ ...c })).sort((a, b) => a.y - b.y);
  out.forEach((c, i) => {
    c.y = Math.max(c.y, min, i > 0 ? out[i - 1]!.y + BLOCK : -Infinity);
  });
  const over = (out.at(-1)?.y ?? 0) - max;
  if (over > 0) for (const c of out) c.y -= over;
  return out;
}

function describe(data: PreviousRoundData, state: PreviousRoundState): string {
  const name = (id: string) => data.companies.find((c) => c.id === id)?.name ?? id;
  const [earlier, later] = data.rounds;
  const split = (r: Round) => r.companies.map((c) => `${name(c.id)} ${formatCount(c.missions)} (${formatPercent(c.share)})`).join(', ');
  const announced = earlier.companies.filter((c) => c.announcedShare !== undefined).map((c) => `${name(c.id)} about ${formatPercent(c.announcedShare!)}`);
  if (state.change) {
    const moves = data.companies.map((c) => {
      const a = earlier.companies.find((q) => q.id === c.id)?.share ?? 0;
      const b = later.companies.find((q) => q.id === c.id)?.share ?? 0;
      return a === 0 ? `${c.name} went from none to ${formatPercent(b)}` : `${c.name} from ${formatPercent(a)} to ${formatPercent(b)}`;
    });
    return `Share of each round's missions, ${earlier.year} against ${later.year}: ${moves.join(', ')}.`;
  }
  const first = `The ${earlier.year} round, ${formatCount(earlier.totalMissions)} missions as it ended: ${split(earlier)}${announced.length ? `; at the award, ${announced.join(' and ')}` : ''}.`;
  if (!state.named.includes(1)) return `${first} The ${later.year} round's ${formatCount(later.totalMissions)} missions are not yet shown by company.`;
  return `The ${later.year} round, ${formatCount(later.totalMissions)} missions for ${data.launchYears[0]}–${data.launchYears[1]}: ${split(later)}; the ${earlier.year} round beside it.`;
}

/** One short sentence: the round the state is about, or each company's change of share. */
function summarize(data: PreviousRoundData, state: PreviousRoundState): string {
  const name = (id: string) => data.companies.find((c) => c.id === id)?.name ?? id;
  const [earlier, later] = data.rounds;
  if (state.change) {
    const moves = data.companies.map((c) => {
      const a = earlier.companies.find((q) => q.id === c.id)?.share ?? 0;
      const b = later.companies.find((q) => q.id === c.id)?.share ?? 0;
      return `${c.name} ${a === 0 ? 'none' : formatPercent(a)} to ${formatPercent(b)}`;
    });
    return `From ${earlier.year} to ${later.year}: ${moves.join(', ')}`;
  }
  const round = state.named.includes(1) ? later : earlier;
  const [first, ...rest] = [...round.companies].sort((a, b) => b.missions - a.missions);
  return `The ${round.year} round: ${name(first!.id)} ${formatCount(first!.missions)} of ${formatCount(round.totalMissions)} missions${rest.map((c) => `, ${name(c.id)} ${formatProseCount(c.missions)}`).join('')}`;
}
