import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  boxHitsCircle,
  insideBox,
  placeLabels,
  type Circle,
  type LabelRequest,
} from '../../../src/lib/charts/point-labels.ts';
import { textWidth } from '../../../src/lib/text/width.ts';

function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const bounds = { x: 0, y: 0, width: 600, height: 400 };

function expectClear(labels: ReturnType<typeof placeLabels>, points: readonly Circle[]) {
  for (const l of labels) {
    expect(l.clear, l.id).toBe(true);
    expect(insideBox(l, bounds), l.id).toBe(true);
    for (const p of points) expect(boxHitsCircle(l, p), `${l.id} covers a point`).toBe(false);
  }
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      expect(boxesOverlap(labels[i]!, labels[j]!), `${labels[i]!.id} / ${labels[j]!.id}`).toBe(false);
}

describe('label placement', () => {
  it('puts a lone label to the right of its point', () => {
    const [l] = placeLabels([{ id: 'a', anchor: { x: 100, y: 100, r: 5 }, width: 40, height: 16 }], [], bounds);
    expect(l!.x).toBeGreaterThan(105);
    expect(l!.y + l!.height / 2).toBe(100);
    expect(l!.leader).toBe(false);
  });

  it('moves a label inside the plot at the right edge', () => {
    const [l] = placeLabels([{ id: 'a', anchor: { x: 595, y: 100, r: 4 }, width: 60, height: 16 }], [], bounds);
    expect(insideBox(l!, bounds)).toBe(true);
    expect(l!.x + l!.width).toBeLessThan(595);
  });

  it('places crowded clusters without any overlap', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const rnd = random(seed);
      const requests: LabelRequest[] = Array.from({ length: 24 }, (_, i) => ({
        id: `p${i}`,
        anchor: { x: 120 + rnd() * 360, y: 90 + rnd() * 220, r: 5 },
        width: textWidth(`Model ${i}`, { size: 13 }) + 4,
        height: 16,
      }));
      const extra: Circle[] = Array.from({ length: 20 }, () => ({ x: 120 + rnd() * 360, y: 90 + rnd() * 220, r: 3.5 }));
      const labels = placeLabels(requests, extra, bounds);
      expectClear(labels, [...extra, ...requests.map((r) => r.anchor)]);
      expect(labels.map((l) => l.id)).toEqual(requests.map((r) => r.id));
    }
  });

  it('draws a leader line only for labels set away from their point', () => {
    const requests: LabelRequest[] = Array.from({ length: 9 }, (_, i) => ({
      id: `p${i}`,
      anchor: { x: 300 + (i % 3) * 12, y: 200 + Math.floor(i / 3) * 12, r: 4 },
      width: 50,
      height: 16,
    }));
    const labels = placeLabels(requests, [], bounds);
    expectClear(
      labels,
      requests.map((r) => r.anchor),
    );
    for (const l of labels) {
      const gap = Math.hypot(l.leaderTo.x - l.anchor.x, l.leaderTo.y - l.anchor.y) - l.anchor.r;
      if (!l.leader) expect(gap).toBeLessThan(15);
    }
  });
});

describe('text width', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('ResNet', { size: 13 })).toBeGreaterThan(textWidth('VGG', { size: 13 }));
    expect(textWidth('ResNet', { size: 26 })).toBeGreaterThanOrEqual(2 * textWidth('ResNet', { size: 13 }) - 1);
    expect(textWidth('谷歌', { size: 13 })).toBeGreaterThanOrEqual(26);
  });
});
