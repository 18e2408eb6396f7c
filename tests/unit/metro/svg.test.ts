// The drawn map: links with accessible names to pages that exist, planned stations that are not links,
// colours from custom properties, and nothing that leaves the site.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routePath, withBase } from '../../../src/lib/i18n/routes.ts';
import { buildNetwork } from '../../../src/lib/metro/network.ts';
import { EMPTY_HINTS } from '../../../src/lib/metro/map-schema.ts';
import { layoutNetwork } from '../../../src/lib/metro/layout.ts';
import { domId, pathData, renderMapSvg, rideData, stationOrder } from '../../../src/lib/metro/svg.ts';
import { realContent, root } from '../../support/real-content.ts';

const { directions, models, hints } = realContent();
const { network } = buildNetwork(directions, models, hints);

describe.each(['en', 'zh-CN'] as const)('the map SVG (%s)', (locale) => {
  const layout = layoutNetwork(network, { locale });
  const href = (id: string) => withBase('/atlas/', routePath({ page: 'model', id }, locale));
  const svg = renderMapSvg(layout, { idPrefix: 'map', href, labelledBy: 'map-title' });
  const links = [...svg.matchAll(/<a class="[^"]*" href="([^"]+)" id="map-([^"]+)"[^>]*aria-label="([^"]+)"/g)];

  it('links every station with an entry, and only those', () => {
    expect(links.map((l) => l[2]).sort()).toEqual(models.map((m) => m.id).sort());
  });

  it('links to model pages that exist, under any base path', () => {
    for (const [, url, id] of links) {
      expect(url).toBe(`/atlas/${locale === 'en' ? 'en' : 'zh'}/models/${id}/`);
      for (const file of ['facts.yaml', 'en.mdx', 'zh-CN.mdx'])
        expect(existsSync(`${root}content/models/${id}/${file}`)).toBe(true);
    }
  });

  it('names each station link with its name, year and lines', () => {
    const resnext = links.find((l) => l[2] === 'resnext')![3];
    expect(resnext).toBe(
      locale === 'en'
        ? 'ResNet, 2016 — Object classification, Small / lightweight models'.replace('ResNet', 'ResNeXt')
        : 'ResNeXt（2016 年）：图像分类、轻量级模型',
    );
  });

  it('takes colours from custom properties only', () => {
    expect(svg).not.toMatch(/(fill|stroke)="#/);
    expect(svg).toMatch(/style="--line-light:#dc2626;--line-dark:#f87171"/);
  });

  it('has no absolute URL and unique ids', () => {
    expect(svg).not.toMatch(/href="https?:/);
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts stations in keyboard order: line by line, along each track', () => {
    const order = [...svg.matchAll(/data-station="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(stationOrder(layout).map(domId));
    expect(order.indexOf('lenet')).toBeLessThan(order.indexOf('alexnet'));
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
    const ride = rideData(layoutNetwork(network, { locale: 'en' }));
    expect(ride.lines.classification![1]).toEqual([
      'zfnet',
      'googlenet',
      'inception-v3',
      'inception-v4',
      'polynet',
      'nasnet',
    ]);
  });
});

describe.each(['en', 'zh-CN'] as const)('planned stations on the map SVG (%s)', (locale) => {
  // A hand-built pair of lines sharing one planned station, so the rule holds whatever content/ has planned.
  const line = (id: string, order: number) => ({
    ...directions[0]!,
    id,
    order,
    name: { en: `Line ${id}`, 'zh-CN': `线路 ${id}` },
    planned: [{ name: 'Shared Station', year: 2017 }],
  });
  const { network: tiny } = buildNetwork([line('a', 1), line('b', 2)], [models[0]!], EMPTY_HINTS);
  const svg = renderMapSvg(layoutNetwork(tiny, { locale }), {
    idPrefix: 'map',
    href: (id) => `/${id}/`,
    labelledBy: 't',
  });

  it('draws planned stations as labelled images, not links', () => {
    const planned = [
      ...svg.matchAll(/<g class="[^"]*is-planned" id="map-([^"]+)"[^>]*role="img" aria-label="([^"]+)"/g),
    ];
    expect(planned).toHaveLength(1);
    expect(planned[0]![2]).toBe(
      locale === 'en'
        ? 'Shared Station, 2017 — Line a, Line b (planned, no entry yet)'
        : 'Shared Station（2017 年）：线路 a、线路 b（待收录，暂无条目）',
    );
  });
});
