/** The shared SVG helpers: short path data that draws exactly the strokes it was given. */
import { describe, expect, it } from 'vitest';
import { compactPath } from '../../src/lib/svg.ts';

type Point = [number, number];
/** What a path draws: its straight strokes cut into unit steps (undirected), and its curves' absolute points. */
interface Drawn {
  steps: Set<string>;
  curves: string[];
  moves: { to: Point; pen: Point | undefined }[];
}

/** An interpreter of path data (absolute and relative M L H V C Q Z), written independently of the one tested. */
function draw(d: string): Drawn {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const drawn: Drawn = { steps: new Set(), curves: [], moves: [] };
  let pen: Point | undefined;
  let start: Point = [0, 0];
  let op = '';
  const line = (to: Point) => {
    const [x0, y0] = pen!;
    const n = Math.round(Math.max(Math.abs(to[0] - x0), Math.abs(to[1] - y0)) * 10);
    for (let k = 0; k < n; k++) {
      const a = [x0 + ((to[0] - x0) * k) / n, y0 + ((to[1] - y0) * k) / n].map((v) => v.toFixed(1));
      const b = [x0 + ((to[0] - x0) * (k + 1)) / n, y0 + ((to[1] - y0) * (k + 1)) / n].map((v) => v.toFixed(1));
      drawn.steps.add([a.join(','), b.join(',')].sort().join(' '));
    }
    pen = to;
  };
  for (let i = 0; i < tokens.length;) {
    if (/[A-Za-z]/.test(tokens[i]!)) op = tokens[i++]!;
    const rel = op === op.toLowerCase();
    const base = rel && pen ? pen : ([0, 0] as Point);
    const num = (k: number) => Number(tokens[i + k]);
    const pt = (k: number): Point => [base[0] + num(k), base[1] + num(k + 1)];
    switch (op.toUpperCase()) {
      case 'M':
        drawn.moves.push({ to: pt(0), pen });
        pen = start = pt(0);
        i += 2;
        op = rel ? 'l' : 'L';
        break;
      case 'L':
        line(pt(0));
        i += 2;
        break;
      case 'H':
        line([(rel ? pen![0] : 0) + num(0), pen![1]]);
        i += 1;
        break;
      case 'V':
        line([pen![0], (rel ? pen![1] : 0) + num(0)]);
        i += 1;
        break;
      case 'C':
      case 'Q': {
        const arity = op.toUpperCase() === 'C' ? 6 : 4;
        const pts = Array.from({ length: arity / 2 }, (_, k) => pt(2 * k));
        drawn.curves.push([pen!, ...pts].map((p) => p.map((v) => v.toFixed(1)).join(',')).join(' '));
        pen = pts.at(-1)!;
        i += arity;
        break;
      }
      case 'Z':
        line(start);
        break;
    }
  }
  return drawn;
}

/** A random drawing of many short strokes on a coarse grid, as the notation draws, so that ends often meet. */
function randomPath(seed: number): string {
  // mulberry32: a small generator whose low bits are as random as its high ones.
  let s = seed;
  const rand = (n: number) => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const v = () => rand(8) * 5 + (rand(4) === 0 ? 0.5 : 0);
  let d = '';
  let pen: Point = [v(), v()];
  d += `M${pen[0]} ${pen[1]}`;
  for (let k = 0; k < 30; k++) {
    const r = rand(6);
    if (r === 0) d += `M${(pen = rand(2) ? pen : [v(), v()])[0]} ${pen[1]}`;
    else if (r === 1) d += `H${(pen = [v(), pen[1]])[0]}`;
    else if (r === 2) d += `V${(pen = [pen[0], v()])[1]}`;
    else if (r === 3) d += `L${(pen = [rand(2) ? pen[0] : v(), v()])[0]} ${pen[1]}`;
    else if (r === 4) d += `C${v()} ${v()} ${v()} ${v()} ${(pen = [v(), v()])[0]} ${pen[1]}`;
    else d += `Q${v()} ${v()} ${(pen = [v(), v()])[0]} ${pen[1]}`;
  }
  return d;
}

describe('compact path data', () => {
  it('never moves to where the pen already is', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const moves = draw(compactPath(randomPath(seed))).moves;
      for (const { to, pen } of moves)
        expect(
          pen && to[0] === pen[0] && to[1] === pen[1],
          `seed ${seed}: ${compactPath(randomPath(seed))}`,
        ).toBeFalsy();
    }
  });

  it('draws exactly the strokes it was given, straight and curved', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const d = randomPath(seed);
      const before = draw(d);
      const after = draw(compactPath(d));
      expect([...after.steps].sort(), `seed ${seed}: ${d}`).toEqual([...before.steps].sort());
      expect(after.curves, `seed ${seed}`).toEqual(before.curves);
    }
  });

  it('joins a line that goes straight on from where the last one ended into one (the notation’s flow line)', () => {
    expect(compactPath('M22 86H51M51 86H63M63 86H118')).toBe('M22 86h96');
    expect(compactPath('M0 0V10M0 10V20')).toBe('M0 0V20');
  });

  it('keeps a line that turns back, and drops lines of length zero and moves that draw nothing', () => {
    expect(compactPath('M0 0H10H5')).toBe('M0 0H10H5');
    expect(compactPath('M0 0M5 5H5H10M20 20')).toBe('M5 5h5');
  });

  it('rounds every coordinate to a tenth before comparing, and writes numbers short', () => {
    expect(compactPath('M1.04 0H2.01M2 0H3')).toBe('M1 0H3');
    expect(compactPath('M0 0.5H0.5V-0.5')).toBe('M0 .5H.5v-1');
    expect(compactPath('M100 100H105V90')).toBe('M100 100h5V90');
  });

  it('refuses what it cannot read rather than dropping it', () => {
    expect(() => compactPath('M0 0A5 5 0 0 1 10 10')).toThrow(/"A"/);
    expect(() => compactPath('M0 0H')).toThrow(/lacks numbers/);
  });
});
