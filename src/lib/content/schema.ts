/**
 * The content model: Zod schemas for direction files, model fact files and prose frontmatter.
 * One place, used by `src/content.config.ts`, the content validator and the tests.
 */
import { z } from 'astro/zod';

/** Stable kebab-case id used in URLs and references. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');

/** Text given in both languages; neither may be empty. */
export const bilingualSchema = z.strictObject({
  en: z.string().trim().min(1, 'English text is empty'),
  'zh-CN': z.string().trim().min(1, 'Chinese text is empty'),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

const httpUrl = z
  .string()
  .url('must be an absolute URL')
  .regex(/^https?:\/\//, 'must start with http:// or https://');

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb colour');

/** Years a model can plausibly have been made public in. */
export const MIN_YEAR = 1950;
export const maxYear = (): number => new Date().getFullYear() + 1;
const yearSchema = z
  .number()
  .int('must be a whole year')
  .refine((y) => y >= MIN_YEAR && y <= maxYear(), {
    message: `must be between ${MIN_YEAR} and next year`,
  });

/** A station on a direction's line that has no model entry yet. */
export const plannedStationSchema = z.strictObject({
  name: z.string().trim().min(1),
  year: yearSchema,
});

export const directionSchema = z.strictObject({
  id: idSchema,
  order: z.number().int().min(1),
  /** Line colour on light backgrounds, and on dark ones. */
  colour,
  colour_dark: colour,
  name: bilingualSchema,
  description: bilingualSchema,
  /** Stations drawn on the line before they have an entry (not links). */
  planned: z.array(plannedStationSchema).default([]),
});
export type Direction = z.infer<typeof directionSchema>;

/** New-style arXiv ids (0704.0001 onward), without version suffix. */
export const ARXIV_ID = /^\d{4}\.\d{4,5}$/;

export const paperSchema = z.strictObject({
  title: z.string().trim().min(1),
  arxiv: z.string().regex(ARXIV_ID, 'must look like 1512.03385 (no "arXiv:" prefix, no version)').nullable(),
  url: httpUrl,
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'must look like 10.1109/CVPR.2016.90 (no https://doi.org/ prefix)')
    .optional(),
});

export const codeLinkSchema = z.strictObject({
  url: httpUrl,
  framework: z.string().trim().min(1),
  /** true: released by the authors; false: a widely used re-implementation. */
  official: z.boolean(),
  note: bilingualSchema.optional(),
});

export const METRIC_SOURCES = ['paper', 'repo', 'computed'] as const;

export const metricSourceSchema = z
  .strictObject({
    /** paper: a table or section of the paper; repo: the official repository; computed: by this site. */
    type: z.enum(METRIC_SOURCES),
    /** Where exactly: "Table 4", "Sec. 4.1", "README", "notation engine". */
    ref: z.string().trim().min(1),
    url: httpUrl.optional(),
  })
  .refine((s) => s.type !== 'repo' || s.url !== undefined, {
    message: 'a metric from a repository needs the url of that repository',
    path: ['url'],
  });

export const metricSchema = z.strictObject({
  /** Conventional names: "top-1 error", "top-5 error", "top-1 accuracy", "accuracy", "mAP", "NME", "params", "mult-adds". */
  name: z.string().trim().min(1),
  value: z.number(),
  /** "%", "M", "G", "ms", "" for unitless. */
  unit: z.string(),
  dataset: z.string().trim().min(1),
  /** Which model variant and setting: "ResNet-152, single model, 10-crop". */
  variant: z.string().trim().min(1),
  /** Evaluation split; test-server and validation numbers must not be mixed up. */
  split: z.enum(['test', 'test-dev', 'val', 'train', 'protocol']).optional(),
  ensemble: z.boolean().default(false),
  source: metricSourceSchema,
});
export type Metric = z.infer<typeof metricSchema>;

export const buildsOnSchema = z.strictObject({
  model: idSchema,
  change: bilingualSchema,
});

export const VENUE_TYPES = ['conference', 'journal', 'workshop', 'preprint', 'thesis', 'report', 'book'] as const;

export const modelSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1),
  /** Other names people search for, in Latin or Chinese script. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  directions: z.array(idSchema).min(1, 'a model sits on at least one direction'),
  year: yearSchema,
  month: z.number().int().min(1).max(12),
  /** Venue as published, e.g. "CVPR 2016"; "arXiv preprint" when never published elsewhere. */
  venue: z.string().trim().min(1),
  venue_type: z.enum(VENUE_TYPES),
  /** A later journal version, e.g. "TPAMI 2017". */
  journal_version: z.string().trim().min(1).optional(),
  authors: z.array(z.string().trim().min(1)).min(1),
  institution: z.string().trim().min(1),
  paper: paperSchema,
  code: z.array(codeLinkSchema).default([]),
  metrics: z.array(metricSchema).default([]),
  builds_on: z.array(buildsOnSchema).default([]),
  tier: z.enum(['full', 'brief']),
  /** Corrections and disagreements between sources, in both languages. */
  notes: z.array(bilingualSchema).default([]),
});
export type ModelFacts = z.infer<typeof modelSchema>;

/** Prose frontmatter: only what is written per language, never facts. */
export const proseSchema = z.strictObject({
  /** One sentence for cards, meta descriptions and search results. */
  summary: z.string().trim().min(20).max(300),
});
export type ProseFrontmatter = z.infer<typeof proseSchema>;
