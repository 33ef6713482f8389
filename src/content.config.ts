// Collections and their schemas: a chapter with a missing or wrong field fails the build,
// and the build names the file and the field.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { datasets as loadDatasets } from './data/load';

const chapters = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/chapters',
    // "03-the-cadence-gap.mdx" → "the-cadence-gap": the number orders files, the slug names the chapter.
    generateId: ({ entry }) => entry.replace(/\.mdx$/, '').replace(/^\d+-/, ''),
  }),
  schema: z.strictObject({
    title: z.string().min(3, 'a chapter title is required'),
    order: z.number().int().positive(),
    summary: z.string().min(10, 'a one-sentence summary is required'),
    /** a short label for the chapter navigation */
    navLabel: z.string().min(1).optional(),
  }),
});

// The data files are checked here too, so `astro check` and `astro build` both stop on bad data.
const datasets = defineCollection({
  loader: async () => {
    const d = loadDatasets();
    return [{ id: 'datasets', files: Object.keys(d).length }];
  },
  schema: z.object({ files: z.number() }),
});

export const collections = { chapters, datasets };
