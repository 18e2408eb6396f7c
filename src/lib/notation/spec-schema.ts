/**
 * Zod schema of an architecture spec (`content/models/<id>/arch.yaml`): networks, variants, blocks, defaults,
 * reported figures. Layer items are checked by the engine (graph.ts), which knows every layer type.
 */
import { z } from 'astro/zod';

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens or dots)');

/** Variable and block names: letters, digits, underscores. */
const nameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be letters, digits and underscores');

export const bilingualTextSchema = z.strictObject({
  en: z.string().trim().min(1, 'English text is empty'),
  'zh-CN': z.string().trim().min(1, 'Chinese text is empty'),
});

const valueSchema: z.ZodType<unknown> = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.array(z.lazy(() => valueSchema)),
]);

/** Shape of the input: [C, H, W] for images, [N] for vectors. */
export const inputShapeSchema = z
  .array(z.number().int('sizes must be whole numbers').positive('sizes must be positive'), {
    error: (issue) =>
      issue.input === undefined ? 'missing input shape: give input: [C, H, W]' : 'input must be a list [C, H, W]',
  })
  .refine((s) => s.length === 1 || s.length === 3, 'input must be [C, H, W] (or [N] for a vector)');

/** A list of layer items; each item is a layer type name or a one-key mapping (checked by the engine). */
export const itemsSchema = z.array(z.union([z.string(), z.record(z.string(), z.unknown())]), {
  error: 'must be a list of layer items',
});

/** A figure published elsewhere (paper, reference implementation), shown next to the computed one. */
export const reportedSchema = z.strictObject({
  metric: z.enum(['params', 'mult_adds']),
  value: z.number().positive(),
  /** Where it comes from: `torchvision 0.20 resnet50 (num_params)`, `paper, Table 1`. */
  source: z.string().trim().min(1),
  url: z.string().url().optional(),
  /** Set when the figure disagrees with the computed one beyond the tolerance; says why, in both languages. */
  note: bilingualTextSchema.optional(),
});
export type Reported = z.infer<typeof reportedSchema>;

/** Per-type default attributes (`conv: { bias: false }`), and `round` for every sliding-window layer. */
export const defaultsSchema = z
  .object({ round: z.enum(['exact', 'floor', 'ceil']).optional() })
  .catchall(z.record(z.string(), valueSchema));

export const blockSchema = z.strictObject({
  /** Parameters with their defaults; null marks a required parameter. */
  params: z.record(nameSchema, z.union([valueSchema, z.null()])).default({}),
  /** One line on what the block is, shown in diagrams' tooltips. */
  doc: z.string().optional(),
  layers: itemsSchema,
});

export const variantSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1),
  /** Overrides the network's input shape (EfficientNet-B1 at 240×240). */
  input: inputShapeSchema.optional(),
  /** Overrides the network's variables. */
  vars: z.record(nameSchema, valueSchema).default({}),
  reported: z.array(reportedSchema).default([]),
  notes: z.array(bilingualTextSchema).default([]),
});

export const networkSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1),
  input: inputShapeSchema,
  vars: z.record(nameSchema, valueSchema).default({}),
  defaults: defaultsSchema.optional(),
  /** Variants differ only in variables (and input); without variants the network is its own single variant. */
  variants: z.array(variantSchema).min(1).optional(),
  /** The variant drawn on the model page (default: the first); the others are in its table and downloads. */
  featured: idSchema.optional(),
  reported: z.array(reportedSchema).default([]),
  notes: z.array(bilingualTextSchema).default([]),
  layers: itemsSchema,
});

export const archSpecSchema = z.strictObject({
  /** The model id: the folder name. */
  model: idSchema,
  /** Where the spec follows a paper or an implementation, and where they disagree. */
  source: z.string().trim().min(1).optional(),
  notes: z.array(bilingualTextSchema).default([]),
  defaults: defaultsSchema.optional(),
  blocks: z.record(nameSchema, blockSchema).default({}),
  networks: z.array(networkSchema).min(1, 'a spec needs at least one network'),
});

export type ArchSpec = z.infer<typeof archSpecSchema>;
export type NetworkSpec = z.infer<typeof networkSchema>;
export type VariantSpec = z.infer<typeof variantSchema>;
export type Defaults = z.infer<typeof defaultsSchema>;
export type BilingualText = z.infer<typeof bilingualTextSchema>;
