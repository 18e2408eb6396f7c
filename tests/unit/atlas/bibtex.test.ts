import { describe, expect, it } from 'vitest';
import { citationKey, toBibtex } from '../../../src/lib/atlas/bibtex.ts';
import { modelSchema } from '../../../src/lib/content/schema.ts';

const resnet = modelSchema.parse({
  id: 'resnet',
  name: 'ResNet',
  directions: ['classification'],
  year: 2015,
  month: 12,
  venue: 'CVPR 2016',
  venue_type: 'conference',
  authors: ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun'],
  institution: 'Microsoft Research',
  tier: 'full',
  paper: {
    title: 'Deep Residual Learning for Image Recognition',
    arxiv: '1512.03385',
    url: 'https://arxiv.org/abs/1512.03385',
    doi: '10.1109/CVPR.2016.90',
  },
});

describe('toBibtex', () => {
  it('makes an @inproceedings record for a conference paper', () => {
    const bib = toBibtex(resnet);
    expect(bib.startsWith('@inproceedings{he2015deep,\n')).toBe(true);
    expect(bib).toContain('author        = {Kaiming He and Xiangyu Zhang and Shaoqing Ren and Jian Sun}');
    expect(bib).toContain('booktitle     = {CVPR 2016}');
    expect(bib).toContain('title         = {{Deep Residual Learning for Image Recognition}}');
    expect(bib).toContain('eprint        = {1512.03385}');
    expect(bib.endsWith('\n}')).toBe(true);
  });

  it('uses @article with the journal for journal papers, and ASCII keys for accented names', () => {
    const lenet = {
      ...resnet,
      authors: ['Léon Bottou'],
      venue: 'Proceedings of the IEEE',
      venue_type: 'journal' as const,
      year: 1998,
      paper: { ...resnet.paper, title: 'Gradient-Based Learning', arxiv: null },
    };
    expect(toBibtex(lenet)).toMatch(/^@article\{bottou1998gradientbased,/);
    expect(toBibtex(lenet)).toContain('journal = {Proceedings of the IEEE}');
    expect(citationKey(lenet)).toBe('bottou1998gradientbased');
  });
});
