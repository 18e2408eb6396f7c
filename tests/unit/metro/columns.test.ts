// Columns: time order along every track, one band of columns per year, stations leaning to their month.
import { describe, expect, it } from 'vitest';
import { assignColumns } from '../../../src/lib/metro/columns.ts';
import { trackSteps, type Network } from '../../../src/lib/metro/network.ts';
import { BRANCHED, tiny } from './tiny.ts';

describe('assignColumns', () => {
  it('puts every station right of the one before it along every track, junctions included', () => {
    const net = BRANCHED();
    for (const yearBands of [true, false]) {
      const { col } = assignColumns(net, { yearBands });
      for (const { a, b } of trackSteps(net)) expect(col.get(b)!, `${a}→${b}`).toBeGreaterThan(col.get(a)!);
    }
  });

  it('gives every year a run of columns of its own, in year order, and each station its year', () => {
    const net = BRANCHED();
    const { col, bands, count } = assignColumns(net, { yearBands: true });
    expect(bands.map((b) => b.year)).toEqual([2001, 2002, 2003, 2004, 2005]);
    for (let i = 1; i < bands.length; i++) expect(bands[i]!.start).toBe(bands[i - 1]!.end + 1);
    expect(bands.at(-1)!.end).toBe(count - 1);
    for (const s of net.stations.values()) {
      const band = bands.find((b) => b.year === s.year)!;
      expect(col.get(s.id)).toBeGreaterThanOrEqual(band.start);
      expect(col.get(s.id)).toBeLessThanOrEqual(band.end);
    }
  });

  it('leans a station towards its month within a wide band', () => {
    // Line a needs four columns in 2001; line b's December station takes the band's last.
    const net = tiny({
      a: [
        ['A1', 2001, 1],
        ['A2', 2001, 2],
        ['A3', 2001, 3],
        ['A4', 2001, 4],
      ],
      b: [
        ['Early', 2001, 1],
        ['Late', 2002, 1],
      ],
      c: [['December', 2001, 12]],
    });
    const { col, bands } = assignColumns(net, { yearBands: true });
    expect(bands[0]).toEqual({ year: 2001, start: 0, end: 3 });
    expect(col.get('december')).toBe(3);
    expect(col.get('early')).toBe(0);
  });

  it('without year bands, packs every station into the earliest column its tracks allow', () => {
    const net = tiny({
      a: [
        ['A1', 2001, 1],
        ['A2', 2010, 1],
      ],
      b: [['B1', 2009, 1]],
    });
    const { col, bands, count } = assignColumns(net, { yearBands: false });
    expect(bands).toEqual([]);
    expect([col.get('a1'), col.get('a2'), col.get('b1')]).toEqual([0, 1, 0]);
    expect(count).toBe(2);
  });

  it('breaks a cycle at its oldest station and reports the edge it ignored', () => {
    const net: Network = tiny({
      a: [
        ['P', 2001, 1],
        ['Q', 2001, 2],
      ],
    });
    // Hand-made: a branch from Q back to P, which no valid hints can produce.
    net.lines[0]!.tracks.push({
      key: 'a/back',
      id: 'back',
      line: 'a',
      trunk: false,
      side: 'below',
      stations: ['p'],
      from: 'q',
    });
    const { col, cycles } = assignColumns(net, { yearBands: false });
    expect(cycles).toEqual([['q', 'p']]);
    expect(col.get('q')).toBeGreaterThan(col.get('p')!);
  });
});
