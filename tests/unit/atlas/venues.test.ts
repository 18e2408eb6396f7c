import { describe, expect, it } from 'vitest';
import { parseVenue, VENUES } from '../../../src/lib/atlas/venues.ts';
import { realContent } from '../../support/real-content.ts';

describe('parseVenue', () => {
  it('reads the year of a conference and expands its name', () => {
    expect(parseVenue('CVPR 2016')).toEqual({
      title: 'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
      kind: 'proceedings',
      year: 2016,
    });
  });
  it('finds the year wherever it stands, and keeps a remark in parentheses', () => {
    expect(parseVenue('ICCV 2017 Workshops')).toMatchObject({
      kind: 'proceedings',
      year: 2017,
      title: expect.stringContaining('Workshops (ICCVW)'),
    });
    expect(parseVenue('ECCV 2018 Workshops (PIRM)')).toMatchObject({ year: 2018, remark: 'PIRM' });
  });
  it('reads volume and issue of a journal', () => {
    expect(parseVenue('IEEE Signal Processing Letters, vol. 25, no. 7')).toEqual({
      title: 'IEEE Signal Processing Letters',
      kind: 'journal',
      volume: '25',
      number: '7',
    });
  });
  it('reads volume(issue) and a year that stands in the remark', () => {
    expect(parseVenue('Computer Graphics Forum 37(4) (EGSR 2018)')).toEqual({
      title: 'Computer Graphics Forum',
      kind: 'journal',
      year: 2018,
      volume: '37',
      number: '4',
      remark: 'EGSR 2018',
    });
  });
  it('keeps an unknown venue as written, minus its year', () => {
    expect(parseVenue('Some Symposium 2020')).toEqual({ title: 'Some Symposium', year: 2020 });
  });
  it('names every venue once', () => {
    const names = VENUES.flatMap((v) => v.names.map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });
  it('knows every venue the real content uses except arXiv and reports', () => {
    const unknown = realContent()
      .models.filter((m) => m.venue_type !== 'preprint' && m.venue_type !== 'report' && !parseVenue(m.venue).kind)
      .map((m) => `${m.id}: ${m.venue}`);
    expect(unknown).toEqual([]);
  });
});
