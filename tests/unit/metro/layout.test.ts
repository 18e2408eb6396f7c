// The layout engine end to end on tiny hand-built maps: every validator passes, interchanges bundle their
// lines in map order, time reads left to right, every line is named at its ends, and the result is
// deterministic. Scale is tested on a synthetic map; the real map is checked in tests/content/map.test.ts.
import { describe, expect, it } from 'vitest';
import { layoutNetwork } from '../../../src/lib/metro/layout.ts';
import { buildNetwork } from '../../../src/lib/metro/network.ts';
import { syntheticAtlas } from '../../../src/lib/metro/synthetic.ts';
import { validateLayout } from '../../../src/lib/metro/validate.ts';
import { BRANCHED, tiny } from './tiny.ts';

describe.each(['en', 'zh-CN'] as const)('a tiny map (%s)', (locale) => {
  const net = BRANCHED();
  const layout = layoutNetwork(net, { locale });
  const at = (id: string) => layout.stations.find((s) => s.id === id)!;

  it('passes every validator', () => expect(validateLayout(layout)).toEqual([]));

  it('runs the lines through an interchange side by side, in map order', () => {
    expect(at('x').lines).toEqual([
      { line: 'a', dy: 0 },
      { line: 'b', dy: 7 },
    ]);
    expect(at('x').marker.y1 - at('x').marker.y0).toBeCloseTo(7 + 2 * 5.5, 9);
  });

  it('reads left to right by year, each year a band of its own', () => {
    expect(at('a1').x).toBeLessThan(at('a2').x);
    expect(at('c3').x).toBeGreaterThan(at('a4').x);
    expect(layout.years.map((y) => y.year)).toEqual([2001, 2002, 2003, 2004, 2005]);
    for (let i = 1; i < layout.years.length; i++)
      expect(layout.years[i]!.start).toBeGreaterThanOrEqual(layout.years[i - 1]!.end - 1e-6);
  });

  it('names every line at both ends and a named branch at its free start', () => {
    const kinds = (line: string) => layout.termini.filter((t) => t.line === line).map((t) => t.kind);
    expect(kinds('a')).toEqual(['start', 'end']);
    expect(kinds('b')).toEqual(['start', 'end']);
    const free = tiny(
      {
        a: [
          ['T1', 2001, 1],
          ['T2', 2003, 1],
          ['F1', 2002, 1],
        ],
      },
      { lines: { a: { tracks: [{ id: 'f', name: { en: 'Free', 'zh-CN': '自由' }, stations: ['F1'] }] } } },
    );
    const named = layoutNetwork(free, { locale }).termini.find((t) => t.kind === 'track')!;
    expect(named.label.lines).toEqual([locale === 'en' ? 'Free' : '自由']);
    expect(named.label.italic).toBe(locale === 'en');
  });

  it('keeps the start names only, or none, when asked', () => {
    expect(layoutNetwork(net, { locale, termini: 'start' }).termini.map((t) => t.kind)).toEqual(['start', 'start']);
    expect(layoutNetwork(net, { locale, termini: 'none' }).termini).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(layoutNetwork(BRANCHED(), { locale }))).toBe(JSON.stringify(layout));
  });
});

describe('making room', () => {
  it('widens the gaps around a station whose long name finds no room at first', () => {
    const crowded = tiny({
      a: [
        ['A Station With A Very Long Name Indeed', 2001, 1],
        ['B', 2001, 2],
        ['C', 2001, 3],
      ],
      b: [
        ['D Another Quite Long Station Name', 2001, 1],
        ['E', 2001, 2],
      ],
    });
    const layout = layoutNetwork(crowded, { locale: 'en', colGap: 10, rowGap: 22 });
    expect(layout.iterations).toBeGreaterThan(1);
    expect(validateLayout(layout)).toEqual([]);
  });

  it('stops after maxIterations and reports what did not fit', () => {
    const crowded = tiny({
      a: [
        ['A Station With A Very Long Name Indeed', 2001, 1],
        ['B Also Long Enough To Clash', 2001, 2],
      ],
    });
    const layout = layoutNetwork(crowded, { locale: 'en', colGap: 1, rowGap: 1, maxIterations: 1 });
    expect(layout.iterations).toBe(1);
    expect(layout.unplaced.length).toBeGreaterThan(0);
    expect(validateLayout(layout)).toContain(`${layout.unplaced[0]}: a label found no room`);
  });
});

describe('a synthetic map of 500 stations on 20 lines', () => {
  it.each([1, 2, 3])('lays out without overlaps (seed %i)', (seed) => {
    const atlas = syntheticAtlas({ lines: 20, stations: 500, seed });
    const { network, problems } = buildNetwork(atlas.directions, atlas.models, atlas.hints);
    expect(problems).toEqual([]);
    const layout = layoutNetwork(network, { locale: 'en' });
    expect(validateLayout(layout)).toEqual([]);
    expect(layout.stations.filter((s) => s.lines.length > 1).length).toBeGreaterThan(20);
  });
});
