// The real map, drawn from content/ and content/map.yaml: the hints resolve, every station is placed on one
// track of each of its lines, the layout passes every validator in both languages, station links lead to
// entries that exist, and content-only changes (a new station) lay out cleanly without touching the hints.
// The engine's rules are tested on hand-built maps in tests/unit/metro/.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Direction } from '../../src/lib/content/schema.ts';
import { routePath, withBase } from '../../src/lib/i18n/routes.ts';
import { layoutNetwork, layoutPortrait } from '../../src/lib/metro/layout.ts';
import { lineNetwork, MINI_MAP_LAYOUT, neighbourhood } from '../../src/lib/metro/minimap.ts';
import { buildNetwork, trackPath } from '../../src/lib/metro/network.ts';
import { renderMapSvg } from '../../src/lib/metro/svg.ts';
import { validateLayout } from '../../src/lib/metro/validate.ts';
import { realContent, root } from '../support/real-content.ts';

const { directions, models, hints } = realContent();
const { network, problems } = buildNetwork(directions, models, hints);

describe('the real network', () => {
  it('builds without problems from content/map.yaml', () => expect(problems).toEqual([]));

  it('has every line, every entry and every planned station', () => {
    expect(network.lines).toHaveLength(directions.length);
    for (const m of models) expect(network.stations.get(m.id)?.lines.sort()).toEqual([...m.directions].sort());
    for (const d of directions)
      for (const p of d.planned)
        expect([...network.stations.values()].some((s) => s.name.toLowerCase() === p.name.toLowerCase())).toBe(true);
  });

  it('puts each station of a line on exactly one of its tracks', () => {
    for (const line of network.lines) {
      const onTracks = line.tracks.flatMap((t) => t.stations);
      const members = [...network.stations.values()].filter((s) => s.lines.includes(line.id)).map((s) => s.id);
      expect(onTracks.sort()).toEqual(members.sort());
    }
  });

  it('keeps years non-decreasing along every track, junctions included', () => {
    for (const line of network.lines)
      for (const t of line.tracks) {
        const years = trackPath(t).map((id) => network.stations.get(id)!.year);
        expect(years, t.key).toEqual([...years].sort((a, b) => a - b));
      }
  });
});

describe.each(['en', 'zh-CN'] as const)('the real map (%s)', (locale) => {
  const layout = layoutNetwork(network, { locale });

  it('passes every validator', () => expect(validateLayout(layout)).toEqual([]));

  it('names every line at its ends', () => {
    for (const line of network.lines) {
      const kinds = layout.termini.filter((t) => t.line === line.id).map((t) => t.kind);
      expect(kinds, line.id).toEqual(expect.arrayContaining(['start', 'end']));
    }
  });

  it('links stations to entries that exist', () => {
    const href = (id: string) => withBase('/', routePath({ page: 'model', id }, locale));
    const svg = renderMapSvg(layout, { idPrefix: 'map', href, labelledBy: 'map-title' });
    const linked = [...svg.matchAll(/<a class="[^"]*" href="[^"]+" id="map-([^"]+)"/g)].map((m) => m[1]!);
    expect(linked.sort()).toEqual(models.filter((m) => network.stations.has(m.id)).map((m) => m.id).sort());
    for (const id of linked)
      for (const file of ['facts.yaml', 'en.mdx', 'zh-CN.mdx'])
        expect(existsSync(`${root}content/models/${id}/${file}`), `${id}/${file}`).toBe(true);
  });

  it('passes every validator in the portrait layout, within a 360 px phone', () => {
    const portrait = layoutPortrait(network, { locale });
    expect(validateLayout(portrait)).toEqual([]);
    expect(portrait.bounds.x1 - portrait.bounds.x0).toBeLessThanOrEqual(328);
  });

  it('draws every direction page’s line cleanly, both ways', () => {
    for (const line of network.lines) {
      const net = lineNetwork(network, line.id);
      expect(validateLayout(layoutNetwork(net, { locale })), line.id).toEqual([]);
      expect(validateLayout(layoutPortrait(net, { locale })), line.id).toEqual([]);
    }
  });

  it('draws every model page’s mini-map cleanly', () => {
    for (const m of models) {
      if (!network.stations.has(m.id)) continue;
      const mini = layoutNetwork(neighbourhood(network, m.id), { locale, ...MINI_MAP_LAYOUT });
      expect(validateLayout(mini), m.id).toEqual([]);
      expect(mini.bounds.x1 - mini.bounds.x0, m.id).toBeLessThan(900);
    }
  });
});

describe('content-only changes', () => {
  const withPlanned = (id: string, name: string, year: number, from: Direction[] = directions): Direction[] =>
    from.map((d) => (d.id === id ? { ...d, planned: [...d.planned, { name, year }] } : d));
  const [first, last] = [network.lines[0]!.id, network.lines.at(-1)!.id];
  const years = [...network.stations.values()].map((s) => s.year);
  const [oldest, newest] = [Math.min(...years), Math.max(...years)];

  it.each([
    [first, 'A Long New Network Name For A Test', newest - 2],
    [last, 'GAN-Test', newest - 4],
    [first, 'Early Landmarks', oldest - 5],
    [last, 'RecentNet', newest + 3],
  ])('adding a station to %s lays out cleanly without touching map hints', (line, name, year) => {
    const { network: net, problems: p } = buildNetwork(withPlanned(line, name, year), models, hints);
    expect(p).toEqual([]);
    const layout = layoutNetwork(net, { locale: 'en' });
    expect(validateLayout(layout)).toEqual([]);
    expect(layout.stations.some((s) => net.stations.get(s.id)!.name === name)).toBe(true);
  });

  it('adding a station shared by the first and last lines lays out cleanly', () => {
    const both = withPlanned(last, 'Shared Station', newest - 2, withPlanned(first, 'Shared Station', newest - 2));
    const { network: net } = buildNetwork(both, models, hints);
    const layout = layoutNetwork(net, { locale: 'zh-CN' });
    expect(validateLayout(layout)).toEqual([]);
    expect(layout.stations.find((s) => s.id === '~sharedstation')!.lines).toHaveLength(2);
  });
});
