// Riding the map with the keyboard, on hand-made ride data: along a track, onto a branch at its junction,
// changing line at an interchange, to a track's ends; and the year slider's veil.
import { describe, expect, it } from 'vitest';
import {
  acrossLines,
  changeTrack,
  parseYearBands,
  positionAt,
  routesAt,
  step,
  trackEnd,
  veilAfter,
  type RideData,
} from '../../../src/lib/metro/ride.ts';

// Line a: a trunk p–q–r–s and a branch leaving at q for t–u; line b crosses at r.
const ride: RideData = {
  lines: {
    a: [
      ['p', 'q', 'r', 's'],
      ['q', 't', 'u'],
    ],
    b: [['v', 'r', 'w']],
  },
};

describe('riding a line', () => {
  it('finds every track through a station, in map order', () => {
    expect(routesAt(ride, 'q')).toEqual([
      { line: 'a', track: 0 },
      { line: 'a', track: 1 },
    ]);
    expect(routesAt(ride, 'r')).toEqual([
      { line: 'a', track: 0 },
      { line: 'b', track: 0 },
    ]);
    expect(routesAt(ride, 'nowhere')).toEqual([]);
  });

  it('keeps the current track where it passes, else takes the station’s first', () => {
    expect(positionAt(ride, { line: 'b', track: 0 }, 'r')).toEqual({ line: 'b', track: 0 });
    expect(positionAt(ride, { line: 'b', track: 0 }, 'q')).toEqual({ line: 'a', track: 0 });
    expect(positionAt(ride, null, 'zz')).toBeUndefined();
  });

  it('steps to the next and previous station along the current track', () => {
    expect(step(ride, { line: 'a', track: 0 }, 'q', 1)).toEqual({ id: 'r', position: { line: 'a', track: 0 } });
    expect(step(ride, { line: 'a', track: 0 }, 'q', -1)).toEqual({ id: 'p', position: { line: 'a', track: 0 } });
    expect(step(ride, { line: 'a', track: 1 }, 'q', 1)).toEqual({ id: 't', position: { line: 'a', track: 1 } });
  });

  it('continues along another track of the line where the current one ends', () => {
    expect(step(ride, { line: 'a', track: 1 }, 'q', -1)).toEqual({ id: 'p', position: { line: 'a', track: 0 } });
    expect(step(ride, { line: 'a', track: 0 }, 's', 1)).toBeNull();
  });

  it('changes line at an interchange, both ways, cycling', () => {
    const here = { line: 'a', track: 0 };
    expect(changeTrack(ride, here, 'r', 1)).toEqual({ line: 'b', track: 0 });
    expect(changeTrack(ride, here, 'r', -1)).toEqual({ line: 'b', track: 0 });
    expect(changeTrack(ride, { line: 'b', track: 0 }, 'r', 1)).toEqual(here);
    expect(changeTrack(ride, here, 'p', 1)).toEqual(here);
  });

  it('goes to the first and last station of the current track', () => {
    expect(trackEnd(ride, { line: 'a', track: 1 }, 'first')).toBe('q');
    expect(trackEnd(ride, { line: 'a', track: 1 }, 'last')).toBe('u');
  });
});

describe('the year slider', () => {
  const bands = parseYearBands('1995:31 1998:93 2015:839.1');

  it('reads the year bands the map lists', () => {
    expect(bands).toEqual([
      [1995, 31],
      [1998, 93],
      [2015, 839.1],
    ]);
    expect(parseYearBands('')).toEqual([]);
  });

  it('veils everything after the chosen year’s band, and nothing at the last year', () => {
    expect(veilAfter(bands, 1998, 2015, -100, 1000)).toEqual({ at: 93, size: 907 });
    expect(veilAfter(bands, 2000, 2015, -100, 1000)).toEqual({ at: 93, size: 907 });
    expect(veilAfter(bands, 1990, 2015, -100, 1000)).toEqual({ at: -100, size: 1100 });
    expect(veilAfter(bands, 2015, 2015, -100, 1000)).toEqual({ at: 839.1, size: 0 });
  });
});

describe('moving across the lines', () => {
  const time: Record<string, number> = { p: 0, q: 10, r: 20, s: 30, t: 15, u: 25, v: 12, w: 40 };
  const timeOf = (id: string) => time[id]!;

  it('goes to the station of the next line nearest in time', () => {
    expect(acrossLines(ride, { line: 'a', track: 0 }, 'q', 1, timeOf)).toEqual({
      id: 'v',
      position: { line: 'b', track: 0 },
    });
    expect(acrossLines(ride, { line: 'b', track: 0 }, 'w', -1, timeOf)).toEqual({
      id: 's',
      position: { line: 'a', track: 0 },
    });
  });

  it('stays put past the first and the last line', () => {
    expect(acrossLines(ride, { line: 'a', track: 0 }, 'p', -1, timeOf)).toBeNull();
    expect(acrossLines(ride, { line: 'b', track: 0 }, 'v', 1, timeOf)).toBeNull();
  });
});
