/**
 * Columns: every station gets one, strictly increasing along each track (stations are ordered, not scaled
 * by date). With year bands, all stations of a year share a band of columns and bands follow each other, so
 * the map reads left to right as time; within a band a station leans towards its month.
 */
import { trackSteps, type Network } from './network.ts';

export interface YearBand {
  year: number;
  /** First and last column of the band. */
  start: number;
  end: number;
}

export interface Columns {
  col: Map<string, number>;
  count: number;
  bands: YearBand[];
  /** Station ids in topological order. */
  order: string[];
  /** Track edges that close a cycle (never with consistent years); they are ignored. */
  cycles: Array<[string, string]>;
}

/** Predecessor and successor lists from the tracks' paths. */
export function trackEdges(net: Network): { preds: Map<string, string[]>; succs: Map<string, string[]> } {
  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>();
  for (const id of net.stations.keys()) {
    preds.set(id, []);
    succs.set(id, []);
  }
  for (const { a, b } of trackSteps(net)) {
    if (!preds.get(b)!.includes(a)) {
      preds.get(b)!.push(a);
      succs.get(a)!.push(b);
    }
  }
  return { preds, succs };
}

/** The track edges as a DAG: neighbours before and after a station, cycle-closing edges left out. */
interface Dag {
  before(id: string): string[];
  after(id: string): string[];
}

/**
 * Assigns every station on a line a column. Invariants: along every track edge a → b (junctions included)
 * `col(a) < col(b)`, except on an edge reported in `cycles`; columns run from 0 to `count - 1` with none
 * empty; with year bands, bands are in year order, one per year that has a station, each a contiguous run of
 * columns, a station's column lies in its year's band, and bands do not share columns. Deterministic: ties
 * are broken by the stations' global rank.
 */
export function assignColumns(net: Network, options: { yearBands: boolean }): Columns {
  const { preds, succs } = trackEdges(net);
  const { order, cycles } = topologicalOrder(net, preds, succs);
  const topo = new Map(order.map((id, i) => [id, i]));
  const year = (id: string) => net.stations.get(id)!.year;
  const sequence = options.yearBands
    ? [...order].sort((a, b) => year(a) - year(b) || topo.get(a)! - topo.get(b)!)
    : order;
  const ignored = new Set(cycles.map(([a, b]) => `${a}>${b}`));
  const dag: Dag = {
    before: (id) => preds.get(id)!.filter((p) => !ignored.has(`${p}>${id}`)),
    after: (id) => succs.get(id)!.filter((s) => !ignored.has(`${id}>${s}`)),
  };
  const { asap, bands, count } = earliestColumns(sequence, dag, options.yearBands ? year : undefined);
  if (!options.yearBands) return { col: asap, count, bands, order, cycles };
  const bandOf = new Map<number, YearBand>(bands.map((b) => [b.year, b]));
  const alap = latestColumns(sequence, dag, year, bandOf, asap);
  const col = leanTowardsMonths(net, sequence, dag, bandOf, alap);
  return { col, count, bands, order, cycles };
}

/** Kahn's algorithm, always taking the oldest ready station; a cycle is broken at its oldest station. */
function topologicalOrder(
  net: Network,
  preds: Map<string, string[]>,
  succs: Map<string, string[]>,
): { order: string[]; cycles: Array<[string, string]> } {
  const stations = [...net.stations.values()].filter((s) => s.lines.length > 0);
  const rank = (id: string) => net.stations.get(id)!.rank;
  const indegree = new Map(stations.map((s) => [s.id, preds.get(s.id)!.length]));
  const done = new Set<string>();
  const order: string[] = [];
  const cycles: Array<[string, string]> = [];
  const pending = stations.map((s) => s.id).sort((a, b) => rank(a) - rank(b));
  while (order.length < pending.length) {
    let next = pending.find((id) => !done.has(id) && indegree.get(id) === 0);
    if (next === undefined) {
      next = pending.find((id) => !done.has(id))!;
      for (const p of preds.get(next)!) if (!done.has(p)) cycles.push([p, next]);
    }
    done.add(next);
    order.push(next);
    for (const s of succs.get(next)!) indegree.set(s, (indegree.get(s) ?? 0) - 1);
  }
  return { order, cycles };
}

/** Earliest columns (longest path from the start); with years, each band opens after the previous year's last column. */
function earliestColumns(
  sequence: readonly string[],
  dag: Dag,
  year: ((id: string) => number) | undefined,
): { asap: Map<string, number>; bands: YearBand[]; count: number } {
  const asap = new Map<string, number>();
  const bands: YearBand[] = [];
  let maxCol = -1;
  for (const id of sequence) {
    let c = 0;
    if (year) {
      const y = year(id);
      const band = bands.at(-1);
      if (!band || band.year !== y) bands.push({ year: y, start: maxCol + 1, end: maxCol + 1 });
      c = bands.at(-1)!.start;
    }
    for (const p of dag.before(id)) if (asap.has(p)) c = Math.max(c, asap.get(p)! + 1);
    asap.set(id, c);
    maxCol = Math.max(maxCol, c);
    if (year) bands.at(-1)!.end = maxCol;
  }
  return { asap, bands, count: maxCol + 1 };
}

/** Latest columns within each station's band that still leave room for its successors of the same year. */
function latestColumns(
  sequence: readonly string[],
  dag: Dag,
  year: (id: string) => number,
  bandOf: Map<number, YearBand>,
  asap: Map<string, number>,
): Map<string, number> {
  const alap = new Map<string, number>();
  for (const id of [...sequence].reverse()) {
    let c = bandOf.get(year(id))!.end;
    for (const s of dag.after(id)) if (alap.has(s) && year(s) === year(id)) c = Math.min(c, alap.get(s)! - 1);
    alap.set(id, Math.max(c, asap.get(id)!));
  }
  return alap;
}

/** Each station between its earliest and latest column, as close to its month's share of the band as it can. */
function leanTowardsMonths(
  net: Network,
  sequence: readonly string[],
  dag: Dag,
  bandOf: Map<number, YearBand>,
  alap: Map<string, number>,
): Map<string, number> {
  const col = new Map<string, number>();
  for (const id of sequence) {
    const s = net.stations.get(id)!;
    const band = bandOf.get(s.year)!;
    // Planned stations carry no month: they lean to the middle of their year.
    const share = s.month ? (s.month - 1) / 11 : 0.5;
    const want = band.start + Math.round(share * (band.end - band.start));
    let lo = band.start;
    for (const p of dag.before(id)) if (col.has(p)) lo = Math.max(lo, col.get(p)! + 1);
    col.set(id, Math.max(lo, Math.min(want, alap.get(id)!)));
  }
  return col;
}
