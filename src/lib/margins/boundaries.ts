/**
 * Decision boundaries of the margin losses for two classes, in the plane of the angles θ1, θ2 between a
 * feature and the two class weights. A feature is given to class 1 where the class-1 logit wins; the
 * boundary is where both logits are equal. Angles in radians.
 */

export const MARGIN_LOSSES = ['softmax', 'sphereface', 'cosface', 'arcface'] as const;
export type MarginLoss = (typeof MARGIN_LOSSES)[number];

/** Margins commonly used to compare the losses on one figure (as in the ArcFace paper's comparison). */
export const ILLUSTRATIVE_MARGIN: Record<MarginLoss, number> = {
  softmax: 0,
  sphereface: 1.35,
  cosface: 0.35,
  arcface: 0.5,
};

/** The class-1 logit (before the scale s) for a feature at angle θ to the class-1 weight. */
export function targetLogit(loss: MarginLoss, theta: number, m: number): number {
  switch (loss) {
    case 'softmax':
      return Math.cos(theta);
    case 'sphereface':
      return Math.cos(m * theta);
    case 'cosface':
      return Math.cos(theta) - m;
    case 'arcface':
      return Math.cos(theta + m);
  }
}

/**
 * θ2 on the class-1 boundary for a given θ1: the angle at which the plain class-2 logit cos θ2 equals the
 * class-1 logit with margin. Undefined where no θ2 in [0, π] balances it (the margin already loses).
 */
export function boundaryTheta2(loss: MarginLoss, theta1: number, m: number): number | undefined {
  if (loss === 'sphereface' && m * theta1 > Math.PI) return undefined;
  if (loss === 'arcface' && theta1 + m > Math.PI) return undefined;
  const value = targetLogit(loss, theta1, m);
  if (value < -1 || value > 1) return undefined;
  return Math.acos(value);
}

/** Points of a boundary sampled over θ1 ∈ [0, max], dropping θ2 beyond max. */
export function boundaryPoints(loss: MarginLoss, m: number, max: number, samples = 90): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (let i = 0; i <= samples; i++) {
    const theta1 = (max * i) / samples;
    const theta2 = boundaryTheta2(loss, theta1, m);
    if (theta2 !== undefined && theta2 <= max + 1e-9) points.push([theta1, theta2]);
  }
  return points;
}
