// The build checks the share card content/story.json names: site(), which every page calls first,
// stops on a card naming a state its chart lacks. The check itself (messages, a missing chart) is
// tested in chart-ids.test.ts; here, that the build runs it. The story's metadata is read as usual,
// with the card swapped for a bad one.
import { afterEach, describe, expect, it, vi } from 'vitest';

// Test files share one module cache (vitest.config.ts: isolate false), so the mock is set up and
// taken down here, with fresh modules on both sides: no earlier site() answers this test, and the
// bad card reaches no later file.
afterEach(() => {
  vi.doUnmock('../../src/data/copy');
  vi.resetModules();
});

describe('site()', () => {
  it('stops the build on a share card naming a state its chart does not have', async () => {
    vi.resetModules();
    vi.doMock('../../src/data/copy', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../src/data/copy')>();
      const { chartIds } = await import('../../src/charts/registry');
      return {
        ...original,
        loadStoryMeta: (...args: Parameters<typeof original.loadStoryMeta>) => ({ ...original.loadStoryMeta(...args), shareCard: { chart: chartIds[0]!, state: 'nowhere' } }),
      };
    });
    const { site } = await import('../../src/data/site');
    expect(() => site()).toThrow(/content\/story\.json, field "shareCard": "nowhere" is not a state of /);
  });
});
