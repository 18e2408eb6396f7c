import { describe, expect, it } from 'vitest';
import { directionSchema, modelSchema, proseSchema } from '../../../src/lib/content/schema.ts';

const validModel = {
  id: 'resnet',
  name: 'ResNet',
  directions: ['classification'],
  year: 2015,
  month: 12,
  venue: 'CVPR 2016',
  venue_type: 'conference',
  authors: ['Kaiming He'],
  institution: 'Microsoft Research',
  paper: { title: 'Deep Residual Learning for Image Recognition', arxiv: '1512.03385', url: 'https://arxiv.org/abs/1512.03385' },
  tier: 'full',
};

const issuesOf = (raw: unknown) => {
  const r = modelSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('modelSchema', () => {
  it('accepts a complete fact file and fills defaults', () => {
    const parsed = modelSchema.parse(validModel);
    expect(parsed.aliases).toEqual([]);
    expect(parsed.code).toEqual([]);
    expect(parsed.metrics).toEqual([]);
  });

  it('rejects ids that are not kebab-case', () => {
    expect(issuesOf({ ...validModel, id: 'ResNet_50' })).toEqual(['id: must be kebab-case (a-z, 0-9 and single hyphens)']);
  });

  it('rejects arXiv ids with a prefix or version', () => {
    for (const arxiv of ['arXiv:1512.03385', '1512.03385v2', '151203385']) {
      expect(issuesOf({ ...validModel, paper: { ...validModel.paper, arxiv } })[0]).toMatch(/^paper\.arxiv: must look like/);
    }
  });

  it('accepts a null arXiv id for papers that never were on arXiv', () => {
    expect(issuesOf({ ...validModel, paper: { ...validModel.paper, arxiv: null } })).toEqual([]);
  });

  it('rejects years outside 1950..next year and months outside 1..12', () => {
    expect(issuesOf({ ...validModel, year: 1949 })).toEqual(['year: must be between 1950 and next year']);
    expect(issuesOf({ ...validModel, year: new Date().getFullYear() + 2 })).toEqual(['year: must be between 1950 and next year']);
    expect(issuesOf({ ...validModel, month: 13 })[0]).toMatch(/^month:/);
  });

  it('rejects malformed URLs and unknown fields', () => {
    expect(issuesOf({ ...validModel, paper: { ...validModel.paper, url: 'arxiv.org/abs/1' } })[0]).toMatch(/^paper\.url: must/);
    expect(issuesOf({ ...validModel, year_published: 2015 })[0]).toMatch(/year_published/);
  });

  it('requires a repository url for metrics sourced from a repository', () => {
    const metric = { name: 'top-1 error', value: 1, unit: '%', dataset: 'ImageNet', variant: 'x', source: { type: 'repo', ref: 'README' } };
    expect(issuesOf({ ...validModel, metrics: [metric] })).toEqual(['metrics.0.source.url: a metric from a repository needs the url of that repository']);
  });

  it('requires both languages for a builds-on change', () => {
    const issues = issuesOf({ ...validModel, builds_on: [{ model: 'vgg', change: { en: 'deeper' } }] });
    expect(issues[0]).toMatch(/^builds_on\.0\.change\.zh-CN:/);
  });
});

describe('directionSchema and proseSchema', () => {
  it('requires #rrggbb colours for both themes', () => {
    const r = directionSchema.safeParse({ id: 'x', order: 1, colour: 'red', colour_dark: '#ffffff', name: { en: 'X', 'zh-CN': '某' }, description: { en: 'd', 'zh-CN': '描' } });
    expect(r.success).toBe(false);
  });

  it('keeps facts out of prose frontmatter', () => {
    expect(proseSchema.safeParse({ summary: 'A sentence long enough to be a summary.', year: 2015 }).success).toBe(false);
    expect(proseSchema.safeParse({ summary: 'A sentence long enough to be a summary.' }).success).toBe(true);
  });
});
