// The portrait layout on hand-built maps: the same validators as the landscape map, time top to bottom with a
// row per station, names right of every lane in use, the phone's width kept, and touch targets a row tall.
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../src/lib/metro/network.ts';
import { layoutPortrait, PHONE_WIDTH, ROW_MIN } from '../../../src/lib/metro/portrait.ts';
import { renderMapSvg } from '../../../src/lib/metro/svg.ts';
import { syntheticAtlas } from '../../../src/lib/metro/synthetic.ts';
import { validateLayout } from '../../../src/lib/metro/validate.ts';
import { BRANCHED, tiny } from './tiny.ts';

describe.each(['en', 'zh-CN'] as const)('the portrait layout of a tiny map (%s)', (locale) => {
  const net = BRANCHED();
  const layout = layoutPortrait(net, { locale });
  const at = (id: string) => layout.stations.find((s) => s.id === id)!;

  it('passes every validator', () => {
    expect(layout.orientation).toBe('portrait');
    expect(validateLayout(layout)).toEqual([]);
  });

  it('runs time top to bottom, a row of its own for every station', () => {
    expect(at('a1').y).toBeLessThan(at('a2').y);
    expect(at('a4').y).toBeLessThan(at('c3').y);
    expect(new Set(layout.stations.map((s) => s.y)).size).toBe(layout.stations.length);
    const years = layout.years.map((y) => y.year);
    expect(years).toEqual([2001, 2002, 2003, 2004, 2005]);
    for (let i = 1; i < layout.years.length; i++) expect(layout.years[i]!.start).toBe(layout.years[i - 1]!.end);
  });

  it('draws each track as a lane, lines left to right in map order', () => {
    const laneOf = (id: string) => at(id).x;
    expect(laneOf('a1')).toBe(laneOf('a2'));
    expect(laneOf('b1')).toBeGreaterThan(laneOf('a1'));
    expect(laneOf('c1')).toBeGreaterThan(laneOf('b1'));
    const x = at('x');
    expect(x.dots).toHaveLength(2);
    expect(x.lines.map((l) => l.line)).toEqual(['a', 'b']);
  });

  it('puts every name right of every lane in use at its row', () => {
    for (const s of layout.stations) {
      const y = s.y;
      for (const e of layout.edges)
        for (let i = 1; i < e.points.length; i++) {
          const [p, q] = [e.points[i - 1]!, e.points[i]!];
          if (Math.min(p.y, q.y) <= y && Math.max(p.y, q.y) >= y)
            expect(s.label!.box.x0, `${s.id} vs ${e.from}→${e.to}`).toBeGreaterThan(Math.max(p.x, q.x));
        }
    }
  });

  it('keeps to the phone’s width, with touch targets a row tall', () => {
    expect(layout.bounds.x1 - layout.bounds.x0).toBeLessThanOrEqual(PHONE_WIDTH);
    for (const s of layout.stations) expect(s.hit!.y1 - s.hit!.y0).toBeGreaterThanOrEqual(ROW_MIN);
  });

  it('names each line in a row above its first station, and a branch that starts on its own', () => {
    expect(layout.termini.map((t) => [t.kind, t.line])).toEqual([
      ['start', 'a'],
      ['start', 'b'],
    ]);
    for (const t of layout.termini) expect(t.label.box.y1).toBeLessThan(at(t.station).y);
  });

  it('draws dots joined by a bar, leaders and touch targets', () => {
    const svg = renderMapSvg(layout, { idPrefix: 'mapv', href: (id) => `/${id}/` });
    expect(svg).toContain('data-orientation="portrait"');
    expect(svg).toMatch(/<rect class="metro-connector"[^>]*data-station="x"/);
    expect((svg.match(/class="metro-hit"/g) ?? []).length).toBe(layout.stations.length);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(layoutPortrait(BRANCHED(), { locale }))).toBe(JSON.stringify(layout));
  });
});

describe('portrait names', () => {
  it('wraps a long name onto more lines, and grows the row for it', () => {
    const net = tiny({
      a: [
        ['A Very Long Station Name That Cannot Fit On One Line', 2001, 1],
        ['Short', 2002, 1],
      ],
    });
    const layout = layoutPortrait(net, { locale: 'en' });
    const long = layout.stations[0]!;
    expect(long.label!.lines.length).toBeGreaterThan(1);
    expect(long.hit!.y1 - long.hit!.y0).toBeGreaterThan(ROW_MIN);
    expect(validateLayout(layout)).toEqual([]);
  });

  it('grows wider only when a single word needs it', () => {
    const net = tiny({ a: [['Supercalifragilisticexpialidociously', 2001, 1]] });
    const layout = layoutPortrait(net, { locale: 'en', width: 120 });
    expect(layout.bounds.x1 - layout.bounds.x0).toBeGreaterThan(120);
    expect(validateLayout(layout)).toEqual([]);
  });
});

describe('a synthetic map of 500 stations on 20 lines, portrait', () => {
  it.each([1, 2])('lays out without overlaps (seed %i)', (seed) => {
    const atlas = syntheticAtlas({ lines: 20, stations: 500, seed });
    const { network } = buildNetwork(atlas.directions, atlas.models, atlas.hints);
    expect(validateLayout(layoutPortrait(network, { locale: 'en' }))).toEqual([]);
  });
});
