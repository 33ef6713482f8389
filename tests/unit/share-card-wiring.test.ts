// The build checks the share card content/story.json names: site(), which every page calls first,
// stops on a card naming a state its chart lacks. The check itself (messages, a missing chart) is
// tested in chart-ids.test.ts; here, that the build runs it. The story's metadata is read as usual,
// with the card swapped for a bad one.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/data/copy', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/data/copy')>();
  const { chartIds } = await import('../../src/charts/registry');
  return {
    ...original,
    loadStoryMeta: (...args: Parameters<typeof original.loadStoryMeta>) => ({ ...original.loadStoryMeta(...args), shareCard: { chart: chartIds[0]!, state: 'nowhere' } }),
  };
});

describe('site()', () => {
  it('stops the build on a share card naming a state its chart does not have', async () => {
    const { site } = await import('../../src/data/site');
    expect(() => site()).toThrow(/content\/story\.json, field "shareCard": "nowhere" is not a state of /);
  });
});
