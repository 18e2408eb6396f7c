/**
 * A layered (Sugiyama-style) drawing of a directed acyclic graph whose nodes carry a year: layers follow the
 * years (several layers within a year when one node of that year builds on another), so time runs one way;
 * long edges pass through dummy points; layers are ordered by barycentre sweeps to reduce crossings and
 * positioned by isotonic regression so nodes sit near their neighbours without overlapping.
 */
import { round1 } from '../svg.ts';

export interface LayerInput {
  id: string;
  year: number;
  /** Finer order within the year (e.g. the month), used to break ties. */
  time: number;
  width: number;
  /** Nodes with the same group start out next to each other (e.g. a direction's index). */
  group: number;
}

export interface EdgeInput {
  /** The earlier node (what is built on). */
  from: string;
  to: string;
}

export interface LayeredOptions {
  layerGap: number;
  nodeHeight: number;
  nodeGap: number;
  dummyGap: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
  sweeps: number;
}

export const DEFAULT_LAYERED: LayeredOptions = {
  layerGap: 64,
  nodeHeight: 26,
  nodeGap: 10,
  dummyGap: 4,
  marginLeft: 44,
  marginRight: 12,
  marginTop: 16,
  marginBottom: 16,
  sweeps: 24,
};

export interface LaidNode {
  id: string;
  layer: number;
  /** Centre. */
  x: number;
  y: number;
  width: number;
  height: number;
  dummy: boolean;
}

export interface LaidEdge {
  from: string;
  to: string;
  /** From the bottom of `from` through dummy points to the top of `to`. */
  points: Array<{ x: number; y: number }>;
}

export interface LayeredLayout {
  width: number;
  height: number;
  nodes: LaidNode[];
  edges: LaidEdge[];
  /** Layer index → year, and y of each layer's centre line. */
  layers: Array<{ year: number; y: number }>;
  /** Edge crossings of the final order (between adjacent layers, dummy segments included). */
  crossings: number;
  /** Edges that point back in time in the data; drawn but reported. */
  backward: EdgeInput[];
}

/**
 * Layer of every node: years in order, each starting below the previous one; within a year, a node sits one
 * layer below any same-year node it builds on.
 */
export function assignLayers(
  nodes: readonly LayerInput[],
  edges: readonly EdgeInput[],
): { layer: Map<string, number>; years: number[]; backward: EdgeInput[] } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parents = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const backward: EdgeInput[] = [];
  for (const e of edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) continue;
    if (from.year > to.year) backward.push(e);
    else parents.get(e.to)!.push(e.from);
  }
  const layer = new Map<string, number>();
  const years: number[] = [];
  const distinctYears = [...new Set(nodes.map((n) => n.year))].sort((a, b) => a - b);
  let next = 0;
  for (const year of distinctYears) {
    const own = nodes.filter((n) => n.year === year).sort((a, b) => a.time - b.time || a.id.localeCompare(b.id));
    const pending = new Set(own.map((n) => n.id));
    const base = next;
    while (pending.size > 0) {
      // Ready: every same-year parent already placed (if none is ready, a cycle: take the earliest).
      const ready =
        own.find((n) => pending.has(n.id) && parents.get(n.id)!.every((p) => !pending.has(p))) ??
        own.find((n) => pending.has(n.id))!;
      const depth = Math.max(
        base,
        ...parents
          .get(ready.id)!
          .filter((p) => layer.has(p))
          .map((p) => layer.get(p)! + 1),
      );
      layer.set(ready.id, depth);
      pending.delete(ready.id);
    }
    const deepest = Math.max(...own.map((n) => layer.get(n.id)!));
    for (let l = base; l <= deepest; l++) years[l] = year;
    next = deepest + 1;
  }
  return { layer, years, backward };
}

interface Work {
  id: string;
  layer: number;
  width: number;
  dummy: boolean;
  group: number;
  time: number;
  up: Work[];
  down: Work[];
  pos: number;
  x: number;
}

/**
 * Crossings between a layer and the next for the current positions: pairs of segments whose ends are in
 * opposite order on the two layers (segments sharing an end never cross). Counted as inversions in
 * O(E log E), sorting by the upper end and counting, with a Fenwick tree over the lower positions, the
 * earlier segments that end further right (the transpose step calls this for every neighbour swap, so the
 * pairwise count was quadratic in the edges of a layer and dominated the layout of a large graph).
 */
function crossingsBetween(upper: readonly Work[]): number {
  const segments: Array<[number, number]> = [];
  let width = 0;
  for (const u of upper)
    for (const d of u.down) {
      segments.push([u.pos, d.pos]);
      width = Math.max(width, d.pos + 1);
    }
  segments.sort((s, t) => s[0] - t[0] || s[1] - t[1]);
  const tree = new Array<number>(width + 1).fill(0);
  let count = 0;
  segments.forEach(([, b], inserted) => {
    let notRight = 0;
    for (let i = b + 1; i > 0; i -= i & -i) notRight += tree[i]!;
    count += inserted - notRight;
    for (let i = b + 1; i <= width; i += i & -i) tree[i]!++;
  });
  return count;
}

function countCrossings(layers: readonly (readonly Work[])[]): number {
  let total = 0;
  for (let l = 0; l + 1 < layers.length; l++) total += crossingsBetween(layers[l]!);
  return total;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Pool-adjacent-violators: the non-decreasing sequence closest (least squares) to `t`. */
export function isotonic(t: readonly number[]): number[] {
  const blocks: Array<{ sum: number; n: number }> = [];
  for (const v of t) {
    blocks.push({ sum: v, n: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sum / a.n <= b.sum / b.n) break;
      blocks.splice(blocks.length - 2, 2, { sum: a.sum + b.sum, n: a.n + b.n });
    }
  }
  return blocks.flatMap((b) => Array<number>(b.n).fill(b.sum / b.n));
}

/** Weakly connected parts of the node set (dummies included). */
function components(all: readonly Work[]): Work[][] {
  const seen = new Set<Work>();
  const out: Work[][] = [];
  for (const start of all) {
    if (seen.has(start)) continue;
    const part: Work[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const w = stack.pop()!;
      part.push(w);
      for (const n of [...w.up, ...w.down]) {
        if (seen.has(n)) continue;
        seen.add(n);
        stack.push(n);
      }
    }
    out.push(part.sort((a, b) => a.time - b.time || a.id.localeCompare(b.id)));
  }
  return out;
}

const renumber = (l: Work[]) => l.forEach((w, i) => (w.pos = i));

/**
 * Orders every layer: groups together and by time first, children after their parents, then barycentre
 * sweeps up and down and adjacent swaps while they remove crossings. Returns the crossings left.
 */
function orderLayers(layers: Work[][], sweeps: number): number {
  const layerCount = layers.length;
  layers[0]?.sort((a, b) => a.group - b.group || a.time - b.time || a.id.localeCompare(b.id));
  if (layers[0]) renumber(layers[0]);
  for (let l = 1; l < layerCount; l++) {
    const key = (w: Work) => (w.up.length ? mean(w.up.map((u) => u.pos)) : Number.POSITIVE_INFINITY);
    layers[l]!.sort((a, b) => key(a) - key(b) || a.group - b.group || a.time - b.time || a.id.localeCompare(b.id));
    renumber(layers[l]!);
  }
  let best = countCrossings(layers);
  let bestOrder = layers.map((l) => [...l]);
  for (let s = 0; s < sweeps && best > 0; s++) {
    const down = s % 2 === 0;
    const range = down ? [...Array(layerCount).keys()].slice(1) : [...Array(layerCount).keys()].reverse().slice(1);
    for (const l of range) {
      const ref = (w: Work) => (down ? w.up : w.down);
      const bary = new Map(layers[l]!.map((w) => [w, ref(w).length ? mean(ref(w).map((r) => r.pos)) : w.pos]));
      layers[l]!.sort((a, b) => bary.get(a)! - bary.get(b)! || a.pos - b.pos);
      renumber(layers[l]!);
    }
    transpose(layers);
    const c = countCrossings(layers);
    if (c < best) {
      best = c;
      bestOrder = layers.map((l) => [...l]);
    }
  }
  for (let l = 0; l < layerCount; l++) {
    layers[l] = bestOrder[l]!;
    renumber(layers[l]!);
  }
  return best;
}

/**
 * Crossings between the edges of two neighbours in a layer, `left` left of `right`: pairs whose other ends,
 * in the layer above or below, are the other way round. A swap of the two changes only these pairs, so it
 * lowers the crossings around the layer exactly when crossingsOfPair(right, left) < crossingsOfPair(left, right).
 */
function crossingsOfPair(left: Work, right: Work): number {
  let count = 0;
  for (const a of left.up) for (const b of right.up) if (a.pos > b.pos) count++;
  for (const a of left.down) for (const b of right.down) if (a.pos > b.pos) count++;
  return count;
}

/** Swaps neighbours within layers while a swap lowers the crossings around that layer. */
function transpose(layers: Work[][]): void {
  for (let round = 0, improved = true; improved && round < 8; round++) {
    improved = false;
    for (const layer of layers) {
      for (let i = 0; i + 1 < layer.length; i++) {
        const [u, v] = [layer[i]!, layer[i + 1]!];
        if (crossingsOfPair(v, u) >= crossingsOfPair(u, v)) continue;
        [layer[i], layer[i + 1]] = [v, u];
        renumber(layer);
        improved = true;
      }
    }
  }
}

/** Horizontal positions: pack, then pull each node towards its neighbours without breaking order or spacing. */
function positionLayers(layers: Work[][], o: LayeredOptions): void {
  const gapBetween = (a: Work, b: Work) => (a.dummy && b.dummy ? o.dummyGap : o.nodeGap);
  const place = (l: Work[], desired: (w: Work) => number) => {
    const offsets: number[] = [];
    l.forEach((w, i) =>
      offsets.push(i === 0 ? 0 : offsets[i - 1]! + (l[i - 1]!.width + w.width) / 2 + gapBetween(l[i - 1]!, w)),
    );
    const z = isotonic(l.map((w, i) => desired(w) - offsets[i]!));
    l.forEach((w, i) => (w.x = z[i]! + offsets[i]!));
  };
  for (const l of layers) place(l, () => 0);
  const towards = (pick: (w: Work) => Work[]) => (w: Work) => (pick(w).length ? mean(pick(w).map((n) => n.x)) : w.x);
  for (let s = 0; s < 8; s++) {
    for (let l = 1; l < layers.length; l++)
      place(
        layers[l]!,
        towards((w) => w.up),
      );
    for (let l = layers.length - 2; l >= 0; l--)
      place(
        layers[l]!,
        towards((w) => w.down),
      );
  }
  for (const l of layers)
    place(
      l,
      towards((w) => [...w.up, ...w.down]),
    );
}

/**
 * Lays out a dated DAG: layers from the years (assignLayers), long edges through dummy points, then each
 * connected part ordered (barycentre sweeps) and positioned (isotonic regression) on its own and the parts set
 * side by side, largest first. Deterministic; coordinates to 0.1 px.
 */
export function layeredLayout(
  nodes: readonly LayerInput[],
  edges: readonly EdgeInput[],
  options: LayeredOptions = DEFAULT_LAYERED,
): LayeredLayout {
  if (nodes.length === 0) return { width: 0, height: 0, nodes: [], edges: [], layers: [], crossings: 0, backward: [] };
  const { layer, years, backward } = assignLayers(nodes, edges);
  const work = new Map<string, Work>();
  for (const n of nodes) work.set(n.id, workNode(n.id, layer.get(n.id)!, n.width, false, n.group, n.time));
  const chains = edgeChains(edges, work);
  const crossings = placeParts(work, years.length, options);
  return finish(work, chains, years, crossings, backward, options);
}

function workNode(id: string, layer: number, width: number, dummy: boolean, group: number, time: number): Work {
  return { id, layer, width, dummy, group, time, up: [], down: [], pos: 0, x: 0 };
}

/** Edges as chains of unit-length segments through dummies (added to `work`), always drawn top to bottom. */
function edgeChains(edges: readonly EdgeInput[], work: Map<string, Work>): Array<{ edge: EdgeInput; chain: Work[] }> {
  const chains: Array<{ edge: EdgeInput; chain: Work[] }> = [];
  for (const e of edges) {
    let top = work.get(e.from);
    let bottom = work.get(e.to);
    if (!top || !bottom) continue;
    if (top.layer > bottom.layer) [top, bottom] = [bottom, top];
    const chain: Work[] = [top];
    for (let l = top.layer + 1; l < bottom.layer; l++) {
      const d = workNode(`${e.from}>${e.to}#${l}`, l, 0, true, top.group, top.time);
      work.set(d.id, d);
      chain.push(d);
    }
    chain.push(bottom);
    for (let i = 0; i + 1 < chain.length; i++) {
      chain[i]!.down.push(chain[i + 1]!);
      chain[i + 1]!.up.push(chain[i]!);
    }
    chains.push({ edge: e, chain });
  }
  return chains;
}

/** Orders and positions each connected part on its own, then sets the parts side by side, largest first. */
function placeParts(work: Map<string, Work>, layerCount: number, o: LayeredOptions): number {
  const parts = components([...work.values()]).sort((a, b) => b.length - a.length || a[0]!.time - b[0]!.time);
  let crossings = 0;
  let left = 0;
  for (const part of parts) {
    const layers: Work[][] = Array.from({ length: layerCount }, () => []);
    for (const w of part) layers[w.layer]!.push(w);
    crossings += orderLayers(layers, o.sweeps);
    positionLayers(layers, o);
    const lo = Math.min(...part.map((w) => w.x - w.width / 2));
    const hi = Math.max(...part.map((w) => w.x + w.width / 2));
    for (const w of part) w.x += left - lo;
    left += hi - lo + o.nodeGap * 3;
  }
  return crossings;
}

/** The placed work graph as the public layout: margins applied, edge points at the boxes' top and bottom. */
function finish(
  work: Map<string, Work>,
  chains: Array<{ edge: EdgeInput; chain: Work[] }>,
  years: number[],
  crossings: number,
  backward: EdgeInput[],
  o: LayeredOptions,
): LayeredLayout {
  const minX = Math.min(...[...work.values()].map((w) => w.x - w.width / 2));
  const maxX = Math.max(...[...work.values()].map((w) => w.x + w.width / 2));
  const shift = o.marginLeft - minX;
  const yOf = (l: number) => o.marginTop + o.nodeHeight / 2 + l * o.layerGap;
  const laid = (w: Work): LaidNode => ({
    id: w.id,
    layer: w.layer,
    x: round1(w.x + shift),
    y: yOf(w.layer),
    width: w.width,
    height: w.dummy ? 0 : o.nodeHeight,
    dummy: w.dummy,
  });
  const laidById = new Map([...work.values()].map((w) => [w.id, laid(w)]));
  return {
    width: Math.ceil(maxX - minX + o.marginLeft + o.marginRight),
    height: Math.ceil(yOf(Math.max(years.length - 1, 0)) + o.nodeHeight / 2 + o.marginBottom),
    nodes: [...laidById.values()].filter((n) => !n.dummy),
    edges: chains.map(({ edge, chain }) => ({
      from: edge.from,
      to: edge.to,
      points: chain.map((w, i) => {
        const n = laidById.get(w.id)!;
        const dy = i === 0 ? n.height / 2 : i === chain.length - 1 ? -n.height / 2 : 0;
        return { x: n.x, y: n.y + dy };
      }),
    })),
    layers: years.map((year, l) => ({ year, y: yOf(l) })),
    crossings,
    backward,
  };
}
