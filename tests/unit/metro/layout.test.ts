import { describe, expect, it } from 'vitest';
import type { Direction } from '../../../src/lib/content/schema.ts';
import { buildNetwork } from '../../../src/lib/metro/network.ts';
import { layoutNetwork } from '../../../src/lib/metro/layout.ts';
import {
  checkLineOverlaps,
  checkLinesClearStations,
  checkOctilinear,
  checkOverlaps,
  checkPlaced,
  checkTimeOrder,
  validateLayout,
} from '../../../src/lib/metro/validate.ts';
import { realContent } from '../../support/real-content.ts';

const { directions, models, hints } = realContent();
const { network } = buildNetwork(directions, models, hints);

describe.each(['en', 'zh-CN'] as const)('the real map (%s)', (locale) => {
  const layout = layoutNetwork(network, { locale });

  it('places every station with its label', () => expect(checkPlaced(layout)).toEqual([]));
  it('draws every segment at 0°, 45° or 90°', () => expect(checkOctilinear(layout)).toEqual([]));
  it('has no overlapping stations, labels, or labels and lines', () => expect(checkOverlaps(layout)).toEqual([]));
  it('runs no line through a station it does not serve', () => expect(checkLinesClearStations(layout)).toEqual([]));
  it('never draws two lines on top of each other', () => expect(checkLineOverlaps(layout)).toEqual([]));
  it('keeps stations in time order along each track', () => expect(checkTimeOrder(network, layout)).toEqual([]));

  it('runs lines through an interchange side by side, in map order', () => {
    const nasnet = layout.stations.find((s) => s.id === 'nasnet')!;
    expect(nasnet.lines.map((l) => l.line)).toEqual(['segmentation', 'detection', 'classification', 'lightweight']);
    const dys = nasnet.lines.map((l) => l.dy);
    expect(dys).toEqual([...dys].sort((a, b) => a - b));
    expect(new Set(dys).size).toBe(4);
  });

  it('reads left to right by year', () => {
    const x = (id: string) => layout.stations.find((s) => s.id === id)!.x;
    expect(x('lenet')).toBeLessThan(x('alexnet'));
    expect(x('asm')).toBeLessThan(x('lenet'));
    for (let i = 1; i < layout.years.length; i++)
      expect(layout.years[i]!.x0).toBeGreaterThanOrEqual(layout.years[i - 1]!.x1 - 1e-6);
  });

  it('names every line at its ends', () => {
    for (const line of network.lines) {
      const kinds = layout.termini.filter((t) => t.line === line.id).map((t) => t.kind);
      expect(kinds).toContain('start');
      expect(kinds).toContain('end');
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(layoutNetwork(network, { locale }))).toBe(JSON.stringify(layout));
  });
});

describe('content-only changes', () => {
  const withPlanned = (id: string, name: string, year: number): Direction[] =>
    directions.map((d) => (d.id === id ? { ...d, planned: [...d.planned, { name, year }] } : d));

  it.each([
    ['classification', 'A Long New Classification Network', 2016],
    ['gan', 'GAN-X', 2014],
    ['face-alignment', 'Early Landmarks', 1990],
    ['lightweight', 'RecentNet', 2024],
  ])('adding a station to %s lays out cleanly without touching map hints', (line, name, year) => {
    const { network: net, problems } = buildNetwork(withPlanned(line, name, year), models, hints);
    expect(problems).toEqual([]);
    const layout = layoutNetwork(net, { locale: 'en' });
    expect(validateLayout(layout)).toEqual([]);
    expect(layout.stations.some((s) => net.stations.get(s.id)!.name === name)).toBe(true);
  });

  it('adding a station shared by two far-apart lines lays out cleanly', () => {
    const both = withPlanned('classification', 'Shared Station', 2016).map((d) =>
      d.id === 'gan' ? { ...d, planned: [...d.planned, { name: 'Shared Station', year: 2016 }] } : d,
    );
    const { network: net } = buildNetwork(both, models, hints);
    const layout = layoutNetwork(net, { locale: 'zh-CN' });
    expect(validateLayout(layout)).toEqual([]);
    expect(layout.stations.find((s) => s.id === '~sharedstation')!.lines).toHaveLength(2);
  });
});
