/** Small hand-made fact files for the chart tests. */
import type { Metric, ModelFacts } from '../../../src/lib/content/schema.ts';

export function metric(partial: Partial<Metric> & Pick<Metric, 'name' | 'value'>): Metric {
  return {
    unit: '%',
    dataset: 'ImageNet (ILSVRC 2012)',
    variant: 'Net-50',
    split: 'val',
    ensemble: false,
    source: { type: 'paper', ref: 'Table 1' },
    ...partial,
  };
}

export function model(partial: Partial<ModelFacts> & Pick<ModelFacts, 'id'>): ModelFacts {
  return {
    name: partial.id.toUpperCase(),
    aliases: [],
    directions: ['classification'],
    year: 2015,
    month: 6,
    venue: 'CVPR 2016',
    venue_type: 'conference',
    authors: ['A. Author'],
    institution: 'Somewhere',
    paper: { title: 'A paper', arxiv: null, url: 'https://example.org/paper' },
    code: [],
    metrics: [],
    builds_on: [],
    tier: 'brief',
    notes: [],
    implementations: [],
    ...partial,
  };
}

export const change = { en: 'changes something', 'zh-CN': '改动了一些地方' };
