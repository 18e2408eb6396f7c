import { describe, expect, it } from 'vitest';
import { layoutNetwork, layoutPortrait } from '../../../src/lib/metro/layout.ts';
import { lineNetwork, MINI_MAP_LAYOUT, neighbourhood } from '../../../src/lib/metro/minimap.ts';
import { validateLayout } from '../../../src/lib/metro/validate.ts';
import { BRANCHED, tiny } from './tiny.ts';

describe('mini-maps', () => {
  const line = (n: number) => Array.from({ length: n }, (_, i) => [`S${i}`, 2000 + i, 1] as [string, number, number]);

  it('show each line of a station with two neighbours on either side along its track', () => {
    const net = tiny({
      a: line(7),
      b: [
        ['S3', 2003, 1],
        ['T', 2009, 1],
      ],
    });
    const mini = neighbourhood(net, 's3');
    expect(mini.lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(mini.lines[0]!.tracks[0]!.stations).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(mini.lines[1]!.tracks[0]!.stations).toEqual(['s3', 't']);
    expect(mini.stations.get('s3')!.lines).toEqual(['a', 'b']);
  });

  it('follow a branch to the station it leaves from and the one it joins', () => {
    const mini = neighbourhood(BRANCHED(), 'b1');
    expect(mini.lines[0]!.tracks[0]!.stations).toEqual(['a1', 'b1', 'b2', 'a4']);
  });

  it.each(['en', 'zh-CN'] as const)('lay out cleanly for every station (%s)', (locale) => {
    const net = BRANCHED();
    for (const id of net.stations.keys()) {
      const layout = layoutNetwork(neighbourhood(net, id), { locale, ...MINI_MAP_LAYOUT });
      expect(validateLayout(layout), id).toEqual([]);
    }
  });
});

describe('a line on its own', () => {
  it('keeps every track of the line and the other lines of its interchanges, without their tracks', () => {
    const net = lineNetwork(BRANCHED(), 'b');
    expect(net.lines.map((l) => [l.id, l.tracks.length])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect([...net.stations.keys()].sort()).toEqual(['c1', 'c3', 'x']);
    expect(net.stations.get('x')!.lines).toEqual(['a', 'b']);
  });

  it.each(['en', 'zh-CN'] as const)('lays out cleanly both ways (%s)', (locale) => {
    for (const id of ['a', 'b']) {
      const net = lineNetwork(BRANCHED(), id);
      expect(validateLayout(layoutNetwork(net, { locale })), id).toEqual([]);
      expect(validateLayout(layoutPortrait(net, { locale })), id).toEqual([]);
    }
  });
});
