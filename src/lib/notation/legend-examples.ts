/**
 * The notation legend's structures and links, each shown by a tiny diagram drawn from a hand-written spec with
 * the real engine, so the legend cannot drift from what model pages draw: a tensor read again in its row (an
 * arc) or in another row (a pair of tags), a tensor read through an attribute (dashed), a head, a cell drawn as
 * a small graph, a larger part in its frame, a backbone taken from another model's spec, and a figure of two
 * networks. Their names and descriptions are in i18n/strings/notation.ts.
 */
import { parse } from 'yaml';
import type { Locale } from '../i18n/locales.ts';
import { buildGraph } from './graph.ts';
import { renderArchitectureSvg, renderFigureSvg } from './render-svg.ts';
import { archSpecSchema, type ArchSpec } from './spec-schema.ts';

export const STRUCTURE_IDS = ['arc', 'tags', 'attr', 'head', 'cell', 'part', 'backbone', 'figure'] as const;
export type StructureId = (typeof STRUCTURE_IDS)[number];

interface Example {
  /** The network's layers (indented as list items of `layers:`), or whole networks for a figure. */
  layers: string;
  input: string;
  view: 'compact' | 'expanded';
  /** Narrow enough to wrap into a second row where the example needs one. */
  maxWidth: number;
  /** Another model's spec the example refers to (a backbone); without it the example is left out. */
  needs?: string;
}

const EXAMPLES: Record<Exclude<StructureId, 'figure'>, Example> = {
  arc: {
    input: '[8, 16, 16]',
    layers: `
      - { conv: { k: 3, c: 8, p: 1 }, name: a }
      - relu
      - { conv: { k: 3, c: 8, p: 1 } }
      - { concat: [a, -1] }`,
    view: 'expanded',
    maxWidth: 400,
  },
  tags: {
    input: '[8, 16, 16]',
    layers: `
      - { conv: { k: 3, c: 8, p: 1 }, name: enc }
      - maxpool: { k: 2 }
      - conv: { k: 3, c: 16, p: 1 }
      - upsample: { scale: 2 }
      - { concat: [enc, -1] }
      - conv: { k: 3, c: 8, p: 1 }`,
    view: 'expanded',
    maxWidth: 230,
  },
  attr: {
    input: '[8, 16, 16]',
    layers: `
      - { maxpool: { k: 2 }, name: pool }
      - conv: { k: 3, c: 8, p: 1 }
      - unpool: { indices: pool }`,
    view: 'expanded',
    maxWidth: 400,
  },
  head: {
    input: '[8, 16, 16]',
    layers: `
      - conv: { k: 3, c: 16, p: 1 }
      - head:
          layers: [gap, { fc: 10 }]
          loss: true
      - conv: { k: 3, c: 16, s: 2, p: 1, round: floor }
      - gap
      - fc: 10`,
    view: 'expanded',
    maxWidth: 400,
  },
  cell: {
    input: '[8, 16, 16]',
    layers: `
      - cell:
          - { dwconv: { k: 3, p: 1 }, name: a }
          - { avgpool: { k: 3, s: 1, p: 1 }, from: input, name: b }
          - { add: [a, b], name: c }
          - { dwconv: { k: 5, p: 2 }, from: c, name: d }
          - { concat: [c, d] }`,
    view: 'expanded',
    maxWidth: 400,
  },
  part: {
    input: '[32, 16, 16]',
    layers: `
      - aspp: { rates: [6, 12], c: 16, dropout: 0 }`,
    view: 'compact',
    maxWidth: 400,
  },
  backbone: {
    input: '[3, 224, 224]',
    layers: `
      - backbone: { model: resnet, variant: resnet-50, until: conv5_x }
      - gap
      - fc: 10`,
    view: 'compact',
    maxWidth: 400,
    needs: 'resnet',
  },
};

const FIGURE = `model: legend
networks:
  - id: g
    name: G
    input: { shape: [16], kind: latent, name: z }
    figure: gan
    feeds: [d]
    layers:
      - fc: 128
      - reshape: [8, 4, 4]
      - deconv: { k: 4, c: 3, s: 2, p: 1 }
      - tanh
  - id: d
    name: D
    input: [3, 8, 8]
    figure: gan
    layers:
      - conv: { k: 4, c: 8, s: 2, p: 1 }
      - leaky_relu: { slope: 0.2 }
      - fc: 1
`;

const specOfText = (text: string): ArchSpec => archSpecSchema.parse(parse(text));

/** Each structure's example diagram, in the page's language; a backbone's only when its spec exists. */
export function structureExamples(
  lang: Locale,
  specs: (model: string) => ArchSpec | undefined,
): { id: StructureId; svg: string }[] {
  const out: { id: StructureId; svg: string }[] = [];
  for (const [id, e] of Object.entries(EXAMPLES) as [Exclude<StructureId, 'figure'>, Example][]) {
    if (e.needs && !specs(e.needs)) continue;
    const spec = specOfText(
      `model: legend\nnetworks:\n  - id: ${id}\n    name: ${id}\n    input: ${e.input}\n    layers:${e.layers}\n`,
    );
    const graph = buildGraph(spec, { specs });
    out.push({
      id,
      svg: renderArchitectureSvg(graph, { view: e.view, lang, maxWidth: e.maxWidth, idPrefix: `ntl-${id}-` }),
    });
  }
  const gan = specOfText(FIGURE);
  const graphs = ['g', 'd'].map((network) => buildGraph(gan, { network }));
  const figure = renderFigureSvg(graphs, {
    view: 'expanded',
    lang,
    maxWidth: 400,
    idPrefix: 'ntl-figure-',
    name: 'GAN',
    feeds: { g: ['d'] },
  });
  out.push({ id: 'figure', svg: figure });
  return out;
}
