// The data tables' sort keys (src/charts/table-sort.ts) and the rows each state marks as current
// (a chart's currentRows), for every chart the registry finds: no chart id is written here.
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/data/load';
import { chartIds, getChart } from '../../src/charts/registry';
import { framesOf, stateFrame } from '../../src/charts/frame';
import { amountOf, columnSorts, dateOf } from '../../src/charts/table-sort';

describe('cell keys', () => {
  it('reads amounts with their scale, and leaves words alone', () => {
    expect(amountOf('$5.9 billion')).toBe(5.9e9);
    expect(amountOf('$340 million')).toBe(340e6);
    expect(amountOf('22 (46%)')).toBe(22);
    expect(amountOf('about 40%')).toBe(40);
    expect(amountOf('1,234')).toBe(1234);
    expect(amountOf('SpaceX')).toBeUndefined();
    expect(amountOf('NG-1 on 16 January 2025')).toBeUndefined();
  });
  it('reads dates as the site writes them; a month alone at mid-month', () => {
    expect(dateOf('4 April 2025')).toBe('2025-04-04');
    expect(dateOf('June 2025')).toBe('2025-06-15');
    expect(dateOf('Blue Origin')).toBeUndefined();
    expect(dateOf('2025')).toBeUndefined();
  });
  it('sorts a column by number only when every filled cell has an amount, and leaves empty cells empty', () => {
    const [year, count, note] = columnSorts({ caption: '', columns: ['Year', 'Count', 'Note'], rows: [['2024', '134', 'record'], ['2025', '—', '']] });
    expect(year).toEqual({ type: 'number', keys: ['2024', '2025'] });
    expect(count).toEqual({ type: 'number', keys: ['134', ''] });
    expect(note).toEqual({ type: 'text', keys: [undefined, ''] });
  });
});

const datasets = loadDatasets();
describe.each(chartIds)('chart %s: its table', (id) => {
  const chart = getChart(id);
  const data = chart.shape(datasets);
  it('keys every row once, and each state marks rows of its own time frame’s table', () => {
    const storyDate = '0000-00-00';
    for (const frame of framesOf(chart, chart.states.map((s) => s.id), storyDate)) {
      const table = chart.table(data, frame.asOf === storyDate ? undefined : frame.asOf);
      expect(table.keys, `${id}: table keys`).toHaveLength(table.rows.length);
      expect(new Set(table.keys).size).toBe(table.rows.length);
      for (const state of chart.states.filter((s) => frame.states.includes(s.id))) {
        const current = chart.currentRows?.(data, state) ?? [];
        expect(current.length, `${id} ${state.id}: marks a row`).toBeGreaterThan(0);
        for (const key of current) expect(table.keys, `${id} ${state.id} (${stateFrame(state, storyDate)})`).toContain(key);
      }
      // Every column sorts by something a reader can see in it.
      for (const sort of columnSorts(table)) expect(sort.keys).toHaveLength(table.rows.length);
    }
  });
});
