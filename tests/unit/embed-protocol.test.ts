// The checks both sides of the embed protocol run on what they receive (src/embed/protocol.ts).
import { describe, expect, it } from 'vitest';
import { ASK, HEIGHT, MAX_HEIGHT, PIN, STATE, isAsk, parseHeight, parsePin, parseStateMessage, parseStepId } from '../../src/embed/protocol';
import { defineView, resolveState } from '../../src/charts/scene';

// A made-up chart: the protocol knows no real one.
const view = defineView({
  id: 'demo-chart',
  states: [{ id: 'first', label: 'First' }, { id: 'second-view', label: 'Second' }],
  defaultState: 'first',
  finalState: 'second-view',
  defaultSize: { width: 100, height: 100 },
  layout: (_data: unknown, _state, size) => ({ size, marks: [], labels: [], rules: [], description: '', summary: '' }),
});
/** What the embed page applies for a message: a state of its chart, or nothing. */
const applied = (data: unknown) => resolveState(view, parseStateMessage(data, view.id), null)?.id;

describe('parseHeight', () => {
  it('takes a positive finite number up to the maximum, rounded up', () => {
    expect(parseHeight({ type: HEIGHT, height: 612.2 })).toBe(613);
    expect(parseHeight({ type: HEIGHT, height: MAX_HEIGHT })).toBe(MAX_HEIGHT);
  });
  it.each([-5, 0, MAX_HEIGHT + 1, 1e9, Number.NaN, Number.POSITIVE_INFINITY, '500', '500px', null, undefined, [500], { valueOf: () => 500 }])(
    'drops height %s',
    (height) => expect(parseHeight({ type: HEIGHT, height })).toBeUndefined(),
  );
  it('drops other message types and non-objects', () => {
    expect(parseHeight({ type: 'other', height: 500 })).toBeUndefined();
    expect(parseHeight('launch-contest:height')).toBeUndefined();
    expect(parseHeight(null)).toBeUndefined();
    expect(parseHeight([HEIGHT, 500])).toBeUndefined();
  });
});

describe('parseStateMessage, then resolveState without fallback (what the embed page applies)', () => {
  it('takes a known state for this chart', () => {
    expect(parseStateMessage({ type: STATE, chart: view.id, state: 'second-view' }, view.id)).toBe('second-view');
    expect(applied({ type: STATE, chart: view.id, state: 'second-view' })).toBe('second-view');
  });
  it.each(['nonsense', '__proto__', 'constructor', 'toString', '<img src=x onerror=alert(1)>', '', ' first', 'FIRST', 'a--b', 42, null, ['first'], { toString: () => 'first' }])(
    'drops state %s',
    (state) => expect(applied({ type: STATE, chart: view.id, state })).toBeUndefined(),
  );
  it('drops a state meant for another chart, or of another type', () => {
    expect(parseStateMessage({ type: STATE, chart: 'other-chart', state: 'first' }, view.id)).toBeUndefined();
    expect(parseStateMessage({ type: ASK, chart: view.id, state: 'first' }, view.id)).toBeUndefined();
  });
});

describe('parsePin and isAsk', () => {
  it('pins at a sane height, unpins at 0, drops the rest', () => {
    expect(parsePin({ type: PIN, height: 400.4 })).toBe(400);
    expect(parsePin({ type: PIN, height: 0 })).toBe(0);
    for (const height of [-1, 'tall', Number.NaN, 1e9]) expect(parsePin({ type: PIN, height })).toBeUndefined();
  });
  it('recognises only the ask message', () => {
    expect(isAsk({ type: ASK })).toBe(true);
    expect(isAsk(ASK)).toBe(false);
    expect(isAsk({ type: HEIGHT })).toBe(false);
  });
});

describe('parseStepId', () => {
  it('splits a step id into chart and state', () => {
    expect(parseStepId('some-chart--second-view')).toEqual({ chart: 'some-chart', state: 'second-view' });
    expect(parseStepId('  chart-2025--jan-apr ')).toEqual({ chart: 'chart-2025', state: 'jan-apr' });
  });
  it.each(['some-chart', 'some-chart--', '--first', 'a--b--c', 'some-chart--<img src=x>', '"><script>--x', 'Some-Chart--first', 'a---b', '', null, undefined])(
    'drops %s',
    (value) => expect(parseStepId(value)).toBeUndefined(),
  );
});
