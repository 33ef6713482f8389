// The checks both sides of the embed protocol run on what they receive (src/embed/protocol.ts).
import { describe, expect, it } from 'vitest';
import { ASK, HEIGHT, MAX_HEIGHT, PIN, STATE, isAsk, parseHeight, parsePin, parseStateMessage, parseStepId } from '../../src/embed/protocol';

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

describe('parseStateMessage', () => {
  const known = ['award', 'spacex'];
  it('takes a known state for this chart', () => {
    expect(parseStateMessage({ type: STATE, chart: 'mission-split', state: 'spacex' }, 'mission-split', known)).toBe('spacex');
  });
  it.each(['nonsense', '__proto__', 'constructor', 'toString', '<img src=x onerror=alert(1)>', '', ' spacex', 'SPACEX', 42, null, ['spacex'], { toString: () => 'spacex' }])(
    'drops state %s',
    (state) => expect(parseStateMessage({ type: STATE, chart: 'mission-split', state }, 'mission-split', known)).toBeUndefined(),
  );
  it('drops a state meant for another chart, or of another type', () => {
    expect(parseStateMessage({ type: STATE, chart: 'launch-cadence', state: 'spacex' }, 'mission-split', known)).toBeUndefined();
    expect(parseStateMessage({ type: ASK, chart: 'mission-split', state: 'spacex' }, 'mission-split', known)).toBeUndefined();
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
    expect(parseStepId('mission-split--blue-origin')).toEqual({ chart: 'mission-split', state: 'blue-origin' });
    expect(parseStepId('  first-half-2025--jan-apr ')).toEqual({ chart: 'first-half-2025', state: 'jan-apr' });
  });
  it.each(['mission-split', 'mission-split--', '--spacex', 'a--b--c', 'mission-split--<img src=x>', '"><script>--x', 'Mission-Split--spacex', 'a---b', '', null, undefined])(
    'drops %s',
    (value) => expect(parseStepId(value)).toBeUndefined(),
  );
});
