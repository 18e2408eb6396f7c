// The validators catch what they claim to: each broken layout below fails with a clear message.
import { describe, expect, it } from 'vitest';
import { layoutNetwork, type MetroLayout } from '../../../src/lib/metro/layout.ts';
import {
  checkLineOverlaps,
  checkLinesClearStations,
  checkOctilinear,
  checkOverlaps,
  checkPlaced,
  checkTimeOrder,
  validateLayout,
} from '../../../src/lib/metro/validate.ts';
import { BRANCHED } from './tiny.ts';

const network = BRANCHED();
const fresh = (): MetroLayout => structuredClone(layoutNetwork(network, { locale: 'en' }));
const station = (l: MetroLayout, id: string) => l.stations.find((s) => s.id === id)!;

describe('layout validators', () => {
  it('accept a sound layout', () => expect(validateLayout(fresh())).toEqual([]));

  it('catch a segment that is not octilinear', () => {
    const l = fresh();
    const e = l.edges.find((x) => x.from === 'a1' && x.to === 'a2')!;
    e.points[1] = { x: e.points[1]!.x, y: e.points[1]!.y + 13 };
    expect(checkOctilinear(l)[0]).toMatch(/^a a1→a2: segment .* is not at a multiple of 45°$/);
  });

  it('catch two labels on top of each other', () => {
    const l = fresh();
    station(l, 'a2').label!.box = { ...station(l, 'a4').label!.box };
    expect(checkOverlaps(l)).toContain('label of a4 overlaps label of a2');
  });

  it('catch a label on a line and a label on a station', () => {
    const l = fresh();
    const s = station(l, 'a2');
    s.label!.box = { x0: s.x - 40, x1: s.x - 10, y0: s.y - 6, y1: s.y + 6 };
    expect(checkOverlaps(l)).toContain('label of a2 overlaps the a line');
    station(l, 'c3').label!.box = { ...s.marker };
    expect(checkOverlaps(l)).toContain('label of c3 overlaps station a2');
  });

  it('catch overlapping stations and a line through a station it does not serve', () => {
    const l = fresh();
    const a2 = station(l, 'a2');
    const c1 = station(l, 'c1');
    const between = (station(l, 'a1').x + a2.x) / 2;
    c1.marker = { x0: between - 5, x1: between + 5, y0: a2.y - 5, y1: a2.y + 5 };
    expect(checkLinesClearStations(l)).toContain('the a line (a1→a2) runs through station c1');
    c1.marker = { ...a2.marker };
    expect(checkOverlaps(l)).toContain('stations c1 and a2 overlap');
  });

  it('catch two lines on top of each other', () => {
    const l = fresh();
    const a = l.edges.find((x) => x.line === 'a')!;
    l.edges.push({ ...a, line: 'b', points: a.points.map((p) => ({ ...p })) });
    expect(checkLineOverlaps(l)[0]).toMatch(/^the b and a lines run on top of each other near/);
  });

  it('catch a station with no place, one with no label, and one out of time order', () => {
    const l = fresh();
    l.stations = l.stations.filter((s) => s.id !== 'a4');
    expect(checkPlaced(l)).toContain('A4: not placed');
    delete station(l, 'a2').label;
    expect(checkPlaced(l)).toContain('A2: no label');
    const m = fresh();
    station(m, 'a2').x = station(m, 'a1').x - 1;
    expect(checkTimeOrder(network, m)).toContain('a/trunk: A2 is not to the right of A1');
    const net = structuredClone(network);
    net.stations.get('a2')!.year = 1990;
    expect(checkTimeOrder(net)).toContain('a/trunk: A2 (1990) comes after A1 (2001)');
  });
});
