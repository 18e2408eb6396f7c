import { describe, expect, it } from 'vitest';
import { citationKey, citationYear, toBibtex } from '../../../src/lib/atlas/bibtex.ts';
import { modelSchema, type ModelFacts } from '../../../src/lib/content/schema.ts';

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

const variant = (patch: Partial<ModelFacts>, paper: Partial<ModelFacts['paper']> = {}): ModelFacts => ({
  ...resnet,
  ...patch,
  paper: { ...resnet.paper, ...paper },
});

/** The value of one field of a record, or undefined. */
const field = (bib: string, name: string) => new RegExp(`^  ${name}\\s*= \\{(.*)\\},?$`, 'm').exec(bib)?.[1];

describe('BibTeX for a conference paper', () => {
  const bib = toBibtex(resnet);
  it('takes the year from the venue, not from the arXiv version (ResNet: CVPR 2016, not 2015)', () => {
    expect(field(bib, 'year')).toBe('2016');
    expect(citationYear(resnet)).toBe(2016);
    expect(bib.startsWith('@inproceedings{he2016deep,\n')).toBe(true);
  });
  it('writes the full proceedings title as booktitle', () => {
    expect(field(bib, 'booktitle')).toBe(
      'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
    );
  });
  it('keeps the authors, the braced title, the DOI and the arXiv eprint', () => {
    expect(field(bib, 'author')).toBe('Kaiming He and Xiangyu Zhang and Shaoqing Ren and Jian Sun');
    expect(field(bib, 'title')).toBe('{Deep Residual Learning for Image Recognition}');
    expect(field(bib, 'doi')).toBe('10.1109/CVPR.2016.90');
    expect(field(bib, 'eprint')).toBe('1512.03385');
    expect(field(bib, 'archivePrefix')).toBe('arXiv');
    expect(bib.endsWith('\n}')).toBe(true);
  });
  it('adds pages when the fact file gives them, with BibTeX’s double hyphen', () => {
    expect(field(toBibtex(variant({}, { pages: '770–778' })), 'pages')).toBe('770--778');
    expect(field(bib, 'pages')).toBeUndefined();
  });
  it('falls back to the first public year when the venue names none', () => {
    expect(field(toBibtex(variant({ venue: 'BMVC' })), 'year')).toBe('2015');
  });
});

describe('BibTeX per venue type', () => {
  it('@inproceedings for a workshop, with the workshop proceedings', () => {
    const bib = toBibtex(variant({ venue: 'ECCV 2018 Workshops (PIRM)', venue_type: 'workshop', year: 2018 }));
    expect(bib).toMatch(/^@inproceedings\{/);
    expect(field(bib, 'booktitle')).toBe('Proceedings of the European Conference on Computer Vision Workshops (ECCVW)');
    expect(field(bib, 'year')).toBe('2018');
  });
  it('@article with the full journal name, volume and issue, and an ASCII key for accented names', () => {
    const lenet = variant(
      {
        authors: ['Léon Bottou'],
        venue: 'Proceedings of the IEEE, vol. 86, no. 11',
        venue_type: 'journal',
        year: 1998,
      },
      { title: 'Gradient-Based Learning', arxiv: null, pages: '2278–2324' },
    );
    const bib = toBibtex(lenet);
    expect(bib).toMatch(/^@article\{bottou1998gradientbased,/);
    expect(field(bib, 'journal')).toBe('Proceedings of the IEEE');
    expect(field(bib, 'volume')).toBe('86');
    expect(field(bib, 'number')).toBe('11');
    expect(field(bib, 'pages')).toBe('2278--2324');
    expect(field(bib, 'booktitle')).toBeUndefined();
    expect(citationKey(lenet)).toBe('bottou1998gradientbased');
  });
  it('expands a journal abbreviation (IEEE TIFS 2018)', () => {
    const bib = toBibtex(variant({ venue: 'IEEE TIFS 2018', venue_type: 'journal' }));
    expect(field(bib, 'journal')).toBe('IEEE Transactions on Information Forensics and Security');
    expect(field(bib, 'year')).toBe('2018');
  });
  it('@misc with eprint, archivePrefix and howpublished for a paper only ever on arXiv', () => {
    const bib = toBibtex(
      variant({ venue: 'arXiv preprint', venue_type: 'preprint', year: 2017 }, { arxiv: '1704.04861' }),
    );
    expect(bib).toMatch(/^@misc\{he2017deep,/);
    expect(field(bib, 'howpublished')).toBe('arXiv preprint arXiv:1704.04861');
    expect(field(bib, 'eprint')).toBe('1704.04861');
    expect(field(bib, 'archivePrefix')).toBe('arXiv');
    expect(field(bib, 'booktitle')).toBeUndefined();
    expect(field(bib, 'journal')).toBeUndefined();
  });
  it('@techreport with the institution and the report number', () => {
    const bib = toBibtex(
      variant({
        venue: 'CMU technical report CMU-CS-16-118',
        venue_type: 'report',
        institution: 'Carnegie Mellon University',
      }),
    );
    expect(bib).toMatch(/^@techreport\{/);
    expect(field(bib, 'institution')).toBe('Carnegie Mellon University');
    expect(field(bib, 'number')).toBe('CMU-CS-16-118');
  });
});
