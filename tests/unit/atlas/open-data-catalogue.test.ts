import { describe, expect, it } from 'vitest';
import { exportBenchmark, exportMethod, exportModelMethods } from '../../../src/lib/atlas/open-data-catalogue.ts';
import { boardsOf, resultsByBenchmark } from '../../../src/lib/benchmarks/leaderboard.ts';
import { methodUsages, specOccurrences } from '../../../src/lib/methods/usage.ts';
import { loadCatalogue } from '../../../src/lib/content/load-catalogue.ts';
import { realContent, root } from '../../support/real-content.ts';

const { models, specs } = realContent();
const catalogue = loadCatalogue(root);
const methods = catalogue.methods.map((m) => m.data);
const usages = methodUsages(methods, models, specOccurrences(specs, methods));
const url = (id: string, locale: string) => `/${locale}/x/${id}/`;

describe('open data of the catalogue', () => {
  it("exports a method's introducer and users with how the atlas knows each", () => {
    const se = exportMethod(
      usages.find((u) => u.method.id === 'squeeze-and-excitation')!,
      url,
    );
    expect(se.introduced_by).toEqual({ model: 'senet' });
    expect(se.used_by).toContainEqual({ model: 'senet', introduces: true, from: ['spec', 'facts'] });
    expect(se.used_by).toContainEqual({ model: 'efficientnet', introduces: false, from: ['spec'] });
    const bn = exportMethod(
      usages.find((u) => u.method.id === 'batch-normalization')!,
      url,
    );
    expect(bn.introduced_by).toMatchObject({ paper: { arxiv: '1502.03167', doi: null } });
  });

  it("gives every model record its computed methods, the spec's and the declared ones", () => {
    const fastRcnn = exportModelMethods('fast-r-cnn', usages);
    expect(fastRcnn).toContainEqual({ id: 'roi-pooling', introduces: true, from: ['facts'] });
    expect(exportModelMethods('mobilenet-v2', usages).map((m) => m.id)).toContain('depthwise-separable-convolution');
  });

  it('exports every board of a benchmark with its results and their sources', () => {
    const benchmarks = catalogue.benchmarks.map((b) => b.data);
    const lfw = benchmarks.find((b) => b.id === 'lfw')!;
    const out = exportBenchmark(lfw, boardsOf(lfw, resultsByBenchmark(models, benchmarks).get('lfw')!), url);
    const board = out.boards.find((b) => b.key === 'unrestricted--accuracy--test--single')!;
    expect(board.better).toBe('higher');
    expect(board.results[0]).toMatchObject({ model: 'arcface', source: { type: 'paper' } });
    expect(out.pages).toEqual({ en: '/en/x/lfw/', 'zh-CN': '/zh-CN/x/lfw/' });
  });
});
