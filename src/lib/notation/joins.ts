/**
 * Shape rules of the nodes that join tensors: concatenation along channels, element-wise sum, element-wise
 * product (broadcasting a C×1×1 gate over H×W), and DPN's dual-path join. Pure functions: each returns the
 * joined shape or throws a LayerError whose message says which inputs disagree and how to fix the spec.
 */
import { formatShape, LayerError, type Shape } from './layers/index.ts';

export type JoinType = 'concat' | 'add' | 'multiply';

/** One input of a join: a readable description (`branch b2`, `the body`) and its shape. */
export interface JoinEnd {
  name: string;
  shape: Shape;
}

const describe = (end: JoinEnd): string => `${end.name} gives ${formatShape(end.shape)}`;
const sameSpatial = (a: Shape, b: Shape): boolean => a.length === b.length && a.slice(1).join() === b.slice(1).join();

function concatShape(ends: readonly JoinEnd[]): Shape {
  const [first] = ends;
  for (const end of ends.slice(1)) {
    if (!sameSpatial(end.shape, first!.shape)) {
      throw new LayerError(
        `spatial mismatch at concat: ${describe(first!)}, ${describe(end)}; concatenated maps need the same height and width`,
      );
    }
  }
  return [ends.reduce((sum, end) => sum + end.shape[0]!, 0), ...first!.shape.slice(1)];
}

function addShape(ends: readonly JoinEnd[]): Shape {
  const [first] = ends;
  for (const end of ends.slice(1)) {
    if (first!.shape[0] !== end.shape[0]) {
      throw new LayerError(
        `channel mismatch at add: ${describe(first!)}, ${describe(end)}; a shortcut that changes the channels needs a projection`,
      );
    }
    if (first!.shape.join() !== end.shape.join()) {
      throw new LayerError(`spatial mismatch at add: ${describe(first!)}, ${describe(end)}`);
    }
  }
  return first!.shape;
}

/** The product has the largest input's shape; a C×1×1 input (a channel gate) broadcasts over it. */
function multiplyShape(ends: readonly JoinEnd[]): Shape {
  const big = ends.map((end) => end.shape).reduce((a, b) => (b.length > a.length || (b[1] ?? 1) > (a[1] ?? 1) ? b : a));
  for (const end of ends) {
    const s = end.shape;
    const broadcast = s[0] === big[0] && s.slice(1).every((x) => x === 1);
    if (s.join() !== big.join() && !broadcast) {
      throw new LayerError(
        `shape mismatch at multiply: ${describe(end)}, but the product is ${formatShape(big)} (only C×1×1 broadcasts)`,
      );
    }
  }
  return big;
}

/** Output shape of a concat, add or multiply of `ends` (in order). */
export function joinShape(type: JoinType, ends: readonly JoinEnd[]): Shape {
  switch (type) {
    case 'concat':
      return concatShape(ends);
    case 'add':
      return addShape(ends);
    case 'multiply':
      return multiplyShape(ends);
  }
}

export interface DualJoin {
  /** Channels added (the residual path); evaluated from the spec, so checked here. */
  add: unknown;
  body: Shape;
  shortcut: Shape;
  /** Whether the shortcut has layers of its own (for messages: "the shortcut" or "the identity shortcut"). */
  projected: boolean;
}

/**
 * Dual-path join (DPN): the first `add` channels of the body and of the shortcut are added (the residual path);
 * the shortcut's remaining channels, then the body's, are concatenated after them (the densely connected path).
 * A LayerError with attr `add` is about the value of add; one without attr is about the two inputs.
 */
export function dualJoinShape({ add, body: b, shortcut: s, projected }: DualJoin): Shape {
  const sc = projected ? 'the shortcut' : 'the identity shortcut';
  if (typeof add !== 'number' || !Number.isInteger(add) || add <= 0)
    throw new LayerError(`add must be a positive whole number of channels, got ${JSON.stringify(add)}`, 'add');
  if (b.slice(1).join() !== s.slice(1).join())
    throw new LayerError(
      `spatial mismatch at dual join: the body gives ${formatShape(b)}, ${sc} gives ${formatShape(s)}`,
    );
  if (add > b[0]! || add > s[0]!) {
    throw new LayerError(
      `channel mismatch at dual join: add: ${add} channels, but the body gives ${formatShape(b)} and ${sc} gives ${formatShape(s)}`,
    );
  }
  return [b[0]! + s[0]! - add, ...b.slice(1)];
}
