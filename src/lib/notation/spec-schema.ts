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

/** Shape of an input: [C, H, W] for images, [C, L] for sequences and point sets, [C, D, H, W], [N] for vectors. */
export const shapeSchema = z
  .array(z.number().int('sizes must be whole numbers').positive('sizes must be positive'), {
    error: (issue) =>
      issue.input === undefined ? 'missing input shape: give input: [C, H, W]' : 'input must be a list [C, H, W]',
  })
  .refine(
    (s) => s.length >= 1 && s.length <= 4,
    'input must be [C, H, W] (or [N] for a vector, [C, L] for a sequence or point set, [C, D, H, W] for a volume)',
  );

/** What an input is, for its icon: an image (or other measured data), a latent code, or a condition (a label). */
export const INPUT_KINDS = ['data', 'latent', 'condition'] as const;

const inputObjectSchema = z.strictObject({
  shape: shapeSchema,
  kind: z.enum(INPUT_KINDS).default('data'),
  /** The input's name in diagrams and for `from:` (default: input). */
  name: nameSchema.optional(),
  /** How many times the network runs per sample on this input (VoxelNet: once per non-empty voxel). */
  runs: z.number().int().positive().optional(),
});
export type InputObject = z.infer<typeof inputObjectSchema>;

/** An input: a shape, or a shape with its kind, name and runs. */
export const inputShapeSchema = z.union([shapeSchema, inputObjectSchema], {
  error: (issue) =>
    issue.input === undefined
      ? 'missing input shape: give input: [C, H, W]'
      : 'input must be a list [C, H, W] or a mapping { shape, kind, name }',
});

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
  /**
   * Tensor inputs, for a block that reads more than the previous item's output (NASNet's cells read h[i-1] and
   * h[i-2]): the first is its main input; `use` binds them in order with `from: [-1, -2]`.
   */
  inputs: z.array(nameSchema).min(1).optional(),
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
  /** Further named inputs besides `input` (a condition y, a second image), read with `from:`. */
  inputs: z.record(nameSchema, inputObjectSchema).default({}),
  /**
   * Variables the counts depend on (classes, anchors per position), with what each means; the page shows their
   * values and what one more of each adds.
   */
  depends_on: z.record(nameSchema, bilingualTextSchema).default({}),
  /** Networks with the same figure id are drawn as one figure, in spec order (a generator and its discriminator). */
  figure: idSchema.optional(),
  /** Trained elsewhere and not updated (a loss network): drawn as fixed, its parameters counted apart. */
  fixed: z.boolean().default(false),
  /** The networks this one's output feeds, drawn as a link in the figure (a generator feeds its discriminator). */
  feeds: z.array(idSchema).default([]),
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
