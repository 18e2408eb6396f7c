// A model's facets: filters, sort keys and line names, from the real content and edge cases.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { decadeOf, modelSearchRecord, venueSeries, FILTER_KEYS } from '../../../src/lib/search/facets.ts';
import { filterOptions } from '../../../src/lib/search/options.ts';

const root = new URL('../../..', import.meta.url).pathname;
const content = loadContent(root);
const models = content.models.map((m) => m.data);
const directions = content.directions.map((d) => d.data);
const model = (id: string) => models.find((m) => m.id === id)!;

describe('venueSeries', () => {
  it('drops years, volumes and renamed series', () => {
    expect(venueSeries('CVPR 2016', 'conference')).toBe('CVPR');
    expect(venueSeries('CVPR Workshops 2017', 'workshop')).toBe('CVPR Workshops');
    expect(venueSeries('NIPS 2012', 'conference')).toBe('NeurIPS');
    expect(venueSeries('IEEE Signal Processing Letters, vol. 25, no. 7', 'journal')).toBe(
      'IEEE Signal Processing Letters',
    );
    expect(venueSeries('IEEE Signal Processing Letters', 'journal')).toBe('IEEE Signal Processing Letters');
    expect(venueSeries('Proceedings of the IEEE, vol. 86, no. 11', 'journal')).toBe('Proceedings of the IEEE');
  });

  it('groups preprints, reports and theses by kind', () => {
    expect(venueSeries('arXiv preprint', 'preprint')).toBe('preprint');
    expect(venueSeries('CMU technical report CMU-CS-16-118', 'report')).toBe('report');
  });
});

describe('decadeOf', () => {
  it('floors to the decade', () => {
    expect(decadeOf(1998)).toBe('1990');
    expect(decadeOf(2010)).toBe('2010');
    expect(decadeOf(2019)).toBe('2010');
  });
});

describe('modelSearchRecord', () => {
  it('gives ResNet its filters, year sort and line names', () => {
    const r = modelSearchRecord(model('resnet'), directions, 'en');
    expect(r.filters).toEqual({
      direction: ['classification'],
      decade: ['2010'],
      year: ['2015'],
      venue: ['CVPR'],
      code: ['official'],
      tier: ['full'],
    });
    expect(r.sort).toEqual({ year: '201512', name: 'resnet' });
    expect(r.directions).toBe('Object classification');
    expect(modelSearchRecord(model('resnet'), directions, 'zh-CN').directions).toBe('图像分类');
  });

  it('marks models without official code', () => {
    expect(modelSearchRecord(model('googlenet'), directions, 'en').filters.code).toEqual(['none']);
  });

  it('gives every model a value for every filter', () => {
    for (const m of models) {
      const r = modelSearchRecord(m, directions, 'zh-CN');
      for (const key of FILTER_KEYS) expect(r.filters[key].length, `${m.id} ${key}`).toBeGreaterThan(0);
    }
  });
});

describe('filterOptions', () => {
  const labels = {
    decade: (d: string) => `${d}s`,
    venue: (v: string) => v,
    code: (v: string) => v,
    tier: (v: string) => v,
  };
  const options = filterOptions(models, directions, 'en', labels);

  it('counts every model once per filter', () => {
    for (const key of ['decade', 'year', 'venue', 'code', 'tier'] as const) {
      expect(
        options[key].reduce((n, o) => n + o.count, 0),
        key,
      ).toBe(models.length);
    }
  });

  it('orders directions as the map does and decades in time', () => {
    expect(options.direction[0]?.value).toBe('classification');
    expect(options.decade.map((o) => o.value)).toEqual([...options.decade.map((o) => o.value)].sort());
    expect(options.decade.find((o) => o.value === '1990')?.label).toBe('1990s');
  });

  it('lists only directions that have models', () => {
    expect(options.direction.every((o) => o.count > 0)).toBe(true);
  });
});
