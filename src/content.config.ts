// Astro's view of content/: the same schemas the validator uses (src/lib/content/schema.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { benchmarkSchema, directionSchema, methodSchema, modelSchema, proseSchema } from './lib/content/schema.ts';
import { contentDirOf } from './lib/content/content-dir.ts';

// The content folder being built: content/, or a fixture site's (see content-dir.ts).
const contentRoot = contentDirOf(process.cwd());

export const collections = {
  directions: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentRoot}/directions` }),
    schema: directionSchema,
  }),
  models: defineCollection({
    loader: glob({
      pattern: '*/facts.yaml',
      base: `${contentRoot}/models`,
      generateId: ({ entry }) => entry.split('/')[0]!,
    }),
    schema: modelSchema,
  }),
  prose: defineCollection({
    loader: glob({
      pattern: '*/{en,zh-CN}.mdx',
      base: `${contentRoot}/models`,
      // `resnet/en`, `resnet/zh-CN`
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: proseSchema,
  }),
  methods: defineCollection({
    loader: glob({
      pattern: '*/facts.yaml',
      base: `${contentRoot}/methods`,
      generateId: ({ entry }) => entry.split('/')[0]!,
    }),
    schema: methodSchema,
  }),
  methodProse: defineCollection({
    loader: glob({
      pattern: '*/{en,zh-CN}.mdx',
      base: `${contentRoot}/methods`,
      // `batch-normalization/en`, `batch-normalization/zh-CN`
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: proseSchema,
  }),
  benchmarks: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentRoot}/benchmarks` }),
    schema: benchmarkSchema,
  }),
};
