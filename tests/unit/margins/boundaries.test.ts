import { describe, expect, it } from 'vitest';
import {
  boundaryPoints,
  boundaryTheta2,
  ILLUSTRATIVE_MARGIN,
  targetLogit,
} from '../../../src/lib/margins/boundaries.ts';

const deg = (d: number) => (d * Math.PI) / 180;

describe('margin decision boundaries', () => {
  it('softmax splits the angles evenly: θ2 = θ1', () => {
    for (const t of [0, 0.3, 1.2]) expect(boundaryTheta2('softmax', t, 0)).toBeCloseTo(t, 12);
  });

  it('ArcFace shifts the boundary by a constant angle m', () => {
    expect(boundaryTheta2('arcface', deg(30), 0.5)).toBeCloseTo(deg(30) + 0.5, 12);
    expect(boundaryTheta2('arcface', Math.PI - 0.4, 0.5)).toBeUndefined();
  });

  it('SphereFace multiplies the angle: θ2 = mθ1 while mθ1 ≤ π', () => {
    expect(boundaryTheta2('sphereface', deg(40), 1.35)).toBeCloseTo(deg(40) * 1.35, 12);
    expect(boundaryTheta2('sphereface', 3, 1.35)).toBeUndefined();
  });

  it('CosFace keeps a constant gap in cosine: cos θ2 = cos θ1 − m', () => {
    const t2 = boundaryTheta2('cosface', deg(50), 0.35)!;
    expect(Math.cos(t2)).toBeCloseTo(Math.cos(deg(50)) - 0.35, 12);
    expect(targetLogit('cosface', 0, 0.35)).toBeCloseTo(0.65, 12);
  });

  it('every margin loss asks for more than softmax: its boundary lies above θ2 = θ1', () => {
    for (const loss of ['sphereface', 'cosface', 'arcface'] as const) {
      for (const [t1, t2] of boundaryPoints(loss, ILLUSTRATIVE_MARGIN[loss], Math.PI / 2).slice(1))
        expect(t2).toBeGreaterThan(t1);
    }
  });

  it('samples stay inside the plotted square', () => {
    const pts = boundaryPoints('arcface', 0.5, Math.PI / 2, 45);
    expect(pts.every(([a, b]) => a >= 0 && b <= Math.PI / 2 + 1e-9)).toBe(true);
    expect(pts.length).toBeGreaterThan(10);
  });
});
