// The validators catch what they claim to: each broken layout below fails with a clear message.
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../src/lib/metro/network.ts';
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
import { realContent } from '../../support/real-content.ts';

const { directions, models, hints } = realContent();
const { network } = buildNetwork(directions, models, hints);
const fresh = (): MetroLayout => structuredClone(layoutNetwork(network, { locale: 'en' }));
const station = (l: MetroLayout, id: string) => l.stations.find((s) => s.id === id)!;

describe('layout validators', () => {
  it('accept the real map', () => expect(validateLayout(fresh())).toEqual([]));

  it('catch a segment that is not octilinear', () => {
    const l = fresh();
    const e = l.edges.find((x) => x.from === 'lenet')!;
    e.points[1] = { x: e.points[1]!.x, y: e.points[1]!.y + 13 };
    expect(checkOctilinear(l)[0]).toMatch(/classification lenet→alexnet: segment .* is not at a multiple of 45°/);
  });

  it('catch two labels on top of each other', () => {
    const l = fresh();
    station(l, 'vgg').label!.box = { ...station(l, 'resnet').label!.box };
    expect(checkOverlaps(l)).toContain('label of resnet overlaps label of vgg');
  });

  it('catch a label on a line and a label on a station', () => {
    const l = fresh();
    const s = station(l, 'densenet');
    s.label!.box = { x0: s.x - 40, x1: s.x - 10, y0: s.y - 6, y1: s.y + 6 };
    expect(checkOverlaps(l)).toContain('label of densenet overlaps the classification line');
    const t = station(l, 'dpn');
    t.label!.box = { ...s.marker };
    expect(checkOverlaps(l)).toContain('label of dpn overlaps station densenet');
  });

  it('catch overlapping stations and a line through a station it does not serve', () => {
    const l = fresh();
    const a = station(l, 'alexnet');
    const d = station(l, 'deepface');
    d.marker = { ...a.marker };
    expect(checkOverlaps(l)).toContain('stations alexnet and deepface overlap');
    expect(checkLinesClearStations(l)).toContain(
      'the classification line (lenet→alexnet) runs through station deepface',
    );
  });

  it('catch two lines on top of each other', () => {
    const l = fresh();
    const cls = l.edges.find((x) => x.line === 'classification')!;
    l.edges.push({ ...cls, line: 'gan', points: cls.points.map((p) => ({ ...p })) });
    expect(checkLineOverlaps(l)[0]).toMatch(/the gan and classification lines run on top of each other/);
  });

  it('catch a station with no place and one out of time order', () => {
    const l = fresh();
    l.stations = l.stations.filter((s) => s.id !== 'lab');
    expect(checkPlaced(l)).toContain('LAB: not placed');
    const m = fresh();
    station(m, 'alexnet').x = station(m, 'lenet').x - 1;
    expect(checkTimeOrder(network, m)).toContain('classification/trunk: AlexNet is not to the right of LeNet');
    const net = structuredClone(network);
    net.stations.get('alexnet')!.year = 1990;
    expect(checkTimeOrder(net)).toContain('classification/trunk: AlexNet (1990) comes after LeNet (1998)');
  });
});
