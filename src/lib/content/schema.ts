/**
 * The content model: Zod schemas for direction files, model fact files, method fact files, benchmark files and
 * prose frontmatter. One place, used by `src/content.config.ts`, the content validator and the tests.
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
  /** Pages in the proceedings or journal of `venue`, as printed: "770–778" (the citation needs them). */
  pages: z
    .string()
    .regex(/^[A-Za-z]?\d+(?:[–-][A-Za-z]?\d+)?$/, 'must look like 770–778 (first and last page) or a single page')
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
  /**
   * The result's rank among the entries of the challenge it was submitted to (1 = won it), as the organisers or
   * the paper state it. Search reads it as words ("ILSVRC 2012 classification, first place"); leave it out for
   * results that were not a challenge entry.
   */
  place: z.number().int().min(1).optional(),
  source: metricSourceSchema,
});
export type Metric = z.infer<typeof metricSchema>;

export const buildsOnSchema = z.strictObject({
  model: idSchema,
  change: bilingualSchema,
});

/**
 * The methods a model's facts declare (content/methods/<id>/): the ones its paper introduced, and the ones it
 * uses that its layer spec cannot show (losses, training methods, or a model without a spec). What the spec
 * shows is computed from it and never declared here as well.
 */
export const modelMethodsSchema = z.strictObject({
  introduces: z.array(idSchema).default([]),
  uses: z.array(idSchema).default([]),
});

/**
 * A maintained implementation with pretrained weights ("Use it" on the model page): the one line that loads
 * it, the weights' own result as the library reports it, and the documentation page both were checked against.
 */
export const implementationSchema = z.strictObject({
  library: z.enum(['torchvision', 'timm', 'official']),
  /** One line of Python, e.g. torchvision.models.resnet50(weights="IMAGENET1K_V1"). */
  call: z
    .string()
    .trim()
    .min(1)
    .refine((c) => !c.includes('\n'), { message: 'must be one line' }),
  /** The weights' result as the library documents it (not the paper's). */
  result: z
    .strictObject({
      name: z.string().trim().min(1),
      value: z.number(),
      unit: z.string(),
      dataset: z.string().trim().min(1),
    })
    .optional(),
  /** Another model than the entry's, when the library implements a later version (DeepLab v3 for DeepLab). */
  note: bilingualSchema.optional(),
  /** The library's documentation page the call (and the result) were checked against. */
  source: httpUrl,
});
export type Implementation = z.infer<typeof implementationSchema>;

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
  methods: modelMethodsSchema.optional(),
  /** Maintained implementations with pretrained weights, each checked against its library's documentation. */
  implementations: z.array(implementationSchema).default([]),
});
export type ModelFacts = z.infer<typeof modelSchema>;

/** Prose frontmatter: only what is written per language, never facts. */
export const proseSchema = z.strictObject({
  /** One sentence for cards, meta descriptions and search results. */
  summary: z.string().trim().min(20).max(300),
});
export type ProseFrontmatter = z.infer<typeof proseSchema>;

// ── Methods ───────────────────────────────────────────────────────────────────────────────────────────────

/** How the methods index groups them. */
export const METHOD_KINDS = ['layer', 'block', 'detection', 'loss', 'training'] as const;
export type MethodKind = (typeof METHOD_KINDS)[number];

/** A paper cited by a method or benchmark file: the introducing paper of a method the atlas has no entry for. */
export const citedPaperSchema = z.strictObject({
  title: z.string().trim().min(1),
  authors: z.array(z.string().trim().min(1)).min(1),
  year: yearSchema,
  /** As published: "ICML 2015", "Neural Computation", "PhD thesis, École polytechnique". */
  venue: z.string().trim().min(1),
  arxiv: paperSchema.shape.arxiv,
  url: httpUrl,
  doi: paperSchema.shape.doi,
});
export type CitedPaper = z.infer<typeof citedPaperSchema>;

/**
 * What in a layer spec realises a method: a layer type (optionally only where an expression over its attributes
 * holds, `$g > 1`), a structure keyword (`residual`, `dense`, `se`), or a named pattern of layers that no single
 * keyword expresses (`bottleneck`, `inception`; src/lib/methods/patterns.ts).
 */
export const methodMatcherSchema = z.union([
  z.strictObject({ layer: z.string().trim().min(1), where: z.string().trim().min(1).optional() }),
  z.strictObject({ structure: z.enum(['residual', 'dense', 'se']) }),
  z.strictObject({ pattern: z.string().trim().min(1) }),
]);
export type MethodMatcher = z.infer<typeof methodMatcherSchema>;

export const methodSchema = z.strictObject({
  id: idSchema,
  name: bilingualSchema,
  /** Other names people search for, in Latin and Chinese script. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  kind: z.enum(METHOD_KINDS),
  /** The idea in one KaTeX formula, shown at the top of the page. */
  formula: z.string().trim().min(1),
  /**
   * The introducing paper when the atlas has no entry for it; otherwise that model's facts say
   * `methods: { introduces: [<id>] }` and this stays out (it is never written twice).
   */
  paper: citedPaperSchema.optional(),
  notation: z
    .strictObject({
      /** The notation's icon family drawn for the method (src/lib/notation/icons.ts). */
      icon: z.string().trim().min(1).optional(),
      /** What in a layer spec shows the method; any one of them is enough. */
      realised_by: z.array(methodMatcherSchema).default([]),
    })
    .optional(),
});
export type MethodFacts = z.infer<typeof methodSchema>;

// ── Benchmarks ────────────────────────────────────────────────────────────────────────────────────────────

export const benchmarkMetricSchema = z.strictObject({
  /** The metric's name as the facts write it: "top-1 error", "mAP", "NME". */
  name: z.string().trim().min(1),
  /** Other spellings of the same measure in the facts ("rank-1 identification rate"). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  better: z.enum(['higher', 'lower']),
  /** An error rate in % that is shown as 100 − value under the named metric (top-1 error → top-1 accuracy). */
  complement: z.string().trim().min(1).optional(),
});
export type BenchmarkMetric = z.infer<typeof benchmarkMetricSchema>;

export const protocolSchema = z.strictObject({
  id: idSchema,
  name: bilingualSchema,
  /**
   * Pieces of a metric's dataset string that put it in this protocol (case does not matter); the first protocol
   * that matches wins. A protocol without `match` takes every result no other protocol matches.
   */
  match: z.array(z.string().trim().min(1)).default([]),
});
export type Protocol = z.infer<typeof protocolSchema>;

export const benchmarkSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** The lines whose models report on it. */
  directions: z.array(idSchema).min(1),
  task: bilingualSchema,
  /** What is measured and how: the images, the splits, the protocol, the metric and its direction. */
  description: bilingualSchema,
  url: httpUrl.optional(),
  /**
   * How the facts' `dataset` strings name it: a dataset belongs to the benchmark with the longest prefix it
   * starts with (followed by its end, a space, a comma or a bracket). Benchmarks sharing a prefix (PASCAL VOC
   * 2012 detection and segmentation) are told apart by the metric.
   */
  prefixes: z.array(z.string().trim().min(1)).min(1),
  metrics: z.array(benchmarkMetricSchema).min(1),
  protocols: z.array(protocolSchema).min(1),
});
export type Benchmark = z.infer<typeof benchmarkSchema>;
