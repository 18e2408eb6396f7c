import { describe, expect, it } from 'vitest';
import { validateMethods } from '../../../src/lib/methods/validate.ts';
import type { LoadedCatalogue } from '../../../src/lib/content/load-catalogue.ts';
import type { MethodFacts, ModelFacts } from '../../../src/lib/content/schema.ts';
import { model } from '../charts/fixtures.ts';

const paper = {
  title: 'A paper',
  authors: ['A. Author'],
  year: 2015,
  venue: 'ICML 2015',
  arxiv: null,
  url: 'https://example.org/p',
};

function method(partial: Partial<MethodFacts> & Pick<MethodFacts, 'id'>): MethodFacts {
  return {
    name: { en: partial.id, 'zh-CN': `方法${partial.id}` },
    aliases: [],
    kind: 'layer',
    formula: 'x',
    ...partial,
  };
}

const body = { en: 'word '.repeat(210), 'zh-CN': '字'.repeat(360) };

function catalogue(methods: MethodFacts[]): LoadedCatalogue {
  return {
    methods: methods.map((data) => ({ file: `content/methods/${data.id}/facts.yaml`, data })),
    methodProse: methods.flatMap((m) =>
      (['en', 'zh-CN'] as const).map((locale) => ({
        file: `content/methods/${m.id}/${locale}.mdx`,
        data: { summary: 'A summary of twenty characters or more.' },
        method: m.id,
        locale,
        body: body[locale],
        bodyLine: 4,
      })),
    ),
    benchmarks: [],
    issues: [],
  };
}

const loaded = (facts: ModelFacts) => ({ file: `content/models/${facts.id}/facts.yaml`, data: facts });
const messages = (c: LoadedCatalogue, models: ModelFacts[], shown = new Map<string, Map<string, unknown>>()) =>
  validateMethods(c, models.map(loaded), shown).map((i) => `${i.file}${i.field ? ` › ${i.field}` : ''}: ${i.message}`);

describe('method validation', () => {
  it('accepts a method introduced by one model and used by another', () => {
    const c = catalogue([method({ id: 'bn' })]);
    const models = [
      model({ id: 'a', methods: { introduces: ['bn'], uses: [] } }),
      model({ id: 'b', methods: { introduces: [], uses: ['bn'] } }),
    ];
    expect(messages(c, models)).toEqual([]);
  });

  it('refuses an introducer given twice: in the facts of a model and as a paper', () => {
    const c = catalogue([method({ id: 'bn', paper })]);
    expect(messages(c, [model({ id: 'a', methods: { introduces: ['bn'], uses: [] } })])).toEqual([
      'content/methods/bn/facts.yaml › paper: model "a" declares that it introduced this method: remove paper, it comes from that entry',
    ]);
  });

  it('refuses a method without an introducer, and one with two', () => {
    expect(messages(catalogue([method({ id: 'bn' })]), [])[0]).toMatch(/no introducer/);
    const two = [
      model({ id: 'a', methods: { introduces: ['bn'], uses: [] } }),
      model({ id: 'b', methods: { introduces: ['bn'], uses: [] } }),
    ];
    expect(messages(catalogue([method({ id: 'bn' })]), two)[0]).toMatch(/introduced by "a" and "b"/);
  });

  it('refuses a declared use that the layer spec already shows', () => {
    const c = catalogue([method({ id: 'bn', paper })]);
    const shown = new Map([['a', new Map([['bn', []]])]]);
    expect(messages(c, [model({ id: 'a', methods: { introduces: [], uses: ['bn'] } })], shown)).toEqual([
      'content/models/a/facts.yaml › methods.uses[0]: the layer spec (arch.yaml) already shows "bn": remove it here, it is computed',
    ]);
  });

  it('names the closest method for an unknown id', () => {
    const c = catalogue([method({ id: 'batch-norm', paper })]);
    expect(messages(c, [model({ id: 'a', methods: { introduces: [], uses: ['batch-nrom'] } })])).toEqual([
      'content/models/a/facts.yaml › methods.uses[0]: unknown method "batch-nrom" (did you mean batch-norm?)',
    ]);
  });

  it('refuses notation that names no layer type, icon or pattern', () => {
    const c = catalogue([
      method({
        id: 'bn',
        paper,
        notation: { icon: 'norn', realised_by: [{ layer: 'batchnorm' }, { pattern: 'ladder' }] },
      }),
    ]);
    const found = messages(c, []);
    expect(found.some((m) => m.includes('notation.icon: unknown icon family "norn" (did you mean norm?)'))).toBe(true);
    expect(found.some((m) => m.includes('notation.realised_by[0].layer: unknown layer type "batchnorm"'))).toBe(true);
    expect(found.some((m) => m.includes('notation.realised_by[1].pattern: unknown pattern "ladder"'))).toBe(true);
  });

  it('keeps explanations within the length of a method page', () => {
    const c = catalogue([method({ id: 'bn', paper })]);
    c.methodProse[0]!.body = 'too short';
    expect(messages(c, [])).toEqual([
      "content/methods/bn/en.mdx: a method's explanation has 200–450 words; this one has 2",
    ]);
  });
});
