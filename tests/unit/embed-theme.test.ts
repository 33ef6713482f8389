// The embed's render flags and the host-theme message (src/embed/query.ts, protocol.ts, theme.ts).
import { describe, expect, it } from 'vitest';
import { THEME, parseTheme } from '../../src/embed/protocol';
import { readEmbedFlags } from '../../src/embed/query';
import { shortfalls } from '../../src/embed/theme';
import { contrast, hexToRgb } from '../../src/lib/contrast';
import { palette } from '../../src/styles/palette';

describe('readEmbedFlags', () => {
  it('reads theme, transparent and plain', () => {
    expect(readEmbedFlags('?theme=dark&transparent&plain=1')).toEqual({ theme: 'dark', transparent: true, plain: true });
    expect(readEmbedFlags('?transparent=true')).toEqual({ theme: 'auto', transparent: true, plain: false });
    expect(readEmbedFlags('')).toEqual({ theme: 'auto', transparent: false, plain: false });
  });
  it.each(['?theme=DARK', '?theme=<b>', '?theme=auto', '?theme=', '?transparent=0', '?transparent=no', '?plain=false', '?plain=%22%3E'])(
    'falls back to the defaults on %s',
    (q) => expect(readEmbedFlags(q)).toEqual({ theme: 'auto', transparent: false, plain: false }),
  );
});

describe('parseTheme', () => {
  it('takes a theme and an optional background', () => {
    expect(parseTheme({ type: THEME, theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(parseTheme({ type: THEME, theme: 'light', background: [255, 250.4, 0] })).toEqual({ theme: 'light', background: [255, 250, 0] });
  });
  it('drops a malformed background but keeps the theme', () => {
    for (const background of [[1, 2], [0, 0, 256], ['0', 0, 0], 'red', { 0: 1, 1: 2, 2: 3, length: 3 }, [0, 0, Number.NaN]])
      expect(parseTheme({ type: THEME, theme: 'dark', background })).toEqual({ theme: 'dark' });
  });
  it.each([null, 'dark', { type: THEME }, { type: THEME, theme: 'Dark' }, { type: THEME, theme: '<img>' }, { type: 'other', theme: 'dark' }, [THEME, 'dark']])(
    'drops %s',
    (m) => expect(parseTheme(m)).toBeUndefined(),
  );
});

describe('shortfalls', () => {
  const ours = (scheme: 'light' | 'dark') => hexToRgb(palette.bg[scheme]);
  it('finds nothing short on our own backgrounds', () => {
    expect(shortfalls('light', ours('light'))).toEqual([]);
    expect(shortfalls('dark', ours('dark'))).toEqual([]);
  });
  it('names what a mid-grey background would break, and each named token really is short', () => {
    const grey = [138, 138, 138] as const;
    const short = shortfalls('light', grey);
    expect(short.length).toBeGreaterThan(0);
    for (const t of short) {
      const token = t.slice(2) as keyof typeof palette;
      expect(contrast(hexToRgb(palette[token].light), grey)).toBeLessThan(token.startsWith('c-') ? 3 : 4.5);
    }
  });
  it('finds light text unreadable on white', () => {
    expect(shortfalls('dark', [255, 255, 255])).toContain('--fg');
  });
});
