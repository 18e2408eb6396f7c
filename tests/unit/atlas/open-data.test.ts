import { describe, expect, it } from 'vitest';
import { csvField, exportModel, modelsCsv } from '../../../src/lib/atlas/open-data.ts';
import { modelSchema } from '../../../src/lib/content/schema.ts';

const facts = modelSchema.parse({
  id: 'resnet',
  name: 'ResNet',
  aliases: ['残差网络'],
  directions: ['classification'],
  year: 2015,
  month: 12,
  venue: 'CVPR 2016',
  venue_type: 'conference',
  authors: ['Kaiming He', 'Jian Sun'],
  institution: 'Microsoft Research',
  tier: 'full',
  paper: {
    title: 'Deep Residual Learning, "for" Image Recognition',
    arxiv: '1512.03385',
    url: 'https://arxiv.org/abs/1512.03385',
  },
});
const url = (id: string, locale: string) => `/${locale}/models/${id}/`;

describe('open data', () => {
  it('exports the schema-1 keys and nothing per-language except page URLs', () => {
    const m = exportModel(facts, url);
    expect(Object.keys(m)).toEqual([
      'id',
      'name',
      'aliases',
      'directions',
      'year',
      'month',
      'venue',
      'authors',
      'institution',
      'paper',
      'code',
      'metrics',
      'builds_on',
      'tier',
      'pages',
      'architectures',
      'implementations',
      'methods',
    ]);
    expect(m.paper).toEqual({ title: facts.paper.title, arxiv: '1512.03385', url: facts.paper.url, doi: null });
    expect(m.pages).toEqual({ en: '/en/models/resnet/', 'zh-CN': '/zh-CN/models/resnet/' });
  });

  it('quotes CSV fields with commas and quotes', () => {
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField(null)).toBe('');
    const csv = modelsCsv([exportModel(facts, url)]);
    const [header, row] = csv.trim().split('\r\n');
    expect(header!.split(',')[0]).toBe('id');
    expect(row).toContain('"Deep Residual Learning, ""for"" Image Recognition"');
    expect(row).toContain('Kaiming He;Jian Sun');
  });
});
