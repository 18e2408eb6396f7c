// The drawn map: links with accessible names, planned stations that are not links, colours from custom
// properties, unique ids, keyboard order, and nothing that leaves the site.
import { describe, expect, it } from 'vitest';
import { layoutNetwork } from '../../../src/lib/metro/layout.ts';
import { domId, pathData, renderMapSvg, rideData, stationOrder } from '../../../src/lib/metro/svg.ts';
import { BRANCHED, tiny } from './tiny.ts';

describe.each(['en', 'zh-CN'] as const)('the map SVG (%s)', (locale) => {
  const network = BRANCHED();
  const layout = layoutNetwork(network, { locale });
  const href = (id: string) => `/atlas/${locale}/models/${id}/`;
  const svg = renderMapSvg(layout, { idPrefix: 'map', href, labelledBy: 'map-title' });
  const links = [...svg.matchAll(/<a class="[^"]*" href="([^"]+)" id="map-([^"]+)"[^>]*aria-label="([^"]+)"/g)];

  it('links every station with an entry to its page', () => {
    expect(links.map((l) => l[2]).sort()).toEqual([...network.stations.keys()].sort());
    for (const [, url, id] of links) expect(url).toBe(href(id!));
  });

  it('names each station link with its name, year and lines', () => {
    expect(links.find((l) => l[2] === 'x')![3]).toBe(
      locale === 'en' ? 'X, 2003 — Line a, Line b' : 'X（2003 年）：线路 a、线路 b',
    );
  });

  it('takes colours from custom properties only', () => {
    expect(svg).not.toMatch(/(fill|stroke)="#/);
    expect(svg).toMatch(/style="--line-light:#123456;--line-dark:#abcdef"/);
  });

  it('has no absolute URL and unique ids', () => {
    expect(svg).not.toMatch(/href="https?:/);
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts stations in keyboard order: line by line, along each track', () => {
    const order = [...svg.matchAll(/data-station="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(stationOrder(layout).map(domId));
    expect(order).toEqual(['a1', 'a2', 'x', 'a4', 'b1', 'b2', 'c1', 'c3']);
  });
});

describe('SVG helpers', () => {
  it('gives planned stations DOM ids that keep distinct names distinct', () => {
    expect(domId('resnet')).toBe('resnet');
    expect(domId('~pointnet')).toBe('p-pointnet');
    expect(domId('~pointnet++')).toBe('p-pointnet-2b-2b');
  });

  it('rounds corners without leaving the octilinear runs', () => {
    expect(
      pathData([
        { x: 0, y: 0 },
        { x: 20, y: 0 },
        { x: 40, y: 20 },
      ]),
    ).toBe('M0 0L14 0Q20 0 24.2 4.2L40 20');
  });

  it('gives the riding script each track with its junctions', () => {
    const ride = rideData(layoutNetwork(BRANCHED(), { locale: 'en' }));
    expect(ride.lines.a).toEqual([
      ['a1', 'a2', 'x', 'a4'],
      ['a1', 'b1', 'b2', 'a4'],
    ]);
  });
});

describe.each(['en', 'zh-CN'] as const)('planned stations on the map SVG (%s)', (locale) => {
  const shared = tiny({
    a: [
      ['Shared Station', 2017],
      ['Entry', 2016, 3],
    ],
    b: [['Shared Station', 2017]],
  });
  const svg = renderMapSvg(layoutNetwork(shared, { locale }), {
    idPrefix: 'map',
    href: (id) => `/${id}/`,
    labelledBy: 't',
  });

  it('draws planned stations as labelled images, not links, and their stretches dashed', () => {
    const planned = [
      ...svg.matchAll(/<g class="[^"]*is-planned" id="map-([^"]+)"[^>]*role="img" aria-label="([^"]+)"/g),
    ];
    expect(planned).toHaveLength(1);
    expect(planned[0]![2]).toBe(
      locale === 'en'
        ? 'Shared Station, 2017 — Line a, Line b (planned, no entry yet)'
        : 'Shared Station（2017 年）：线路 a、线路 b（待收录，暂无条目）',
    );
    expect(svg).toContain('class="metro-track is-planned"');
  });
});
