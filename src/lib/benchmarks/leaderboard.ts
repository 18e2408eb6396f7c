/**
 * The leaderboards of a benchmark, computed from every model's reported metrics: results are grouped into
 * boards by protocol, metric, split and single model versus ensemble, so a board never mixes numbers that were
 * measured differently. Each board is ranked best first, and its history keeps the results that set a new best
 * when they appeared (the best so far never gets worse).
 */
import type { Benchmark, BenchmarkMetric, Metric, ModelFacts, Protocol } from '../content/schema.ts';
import { benchmarksOfDataset, isCostMetric, placeMetric } from './resolve.ts';

export interface Result {
  model: string;
  name: string;
  year: number;
  month: number;
  variant: string;
  /** The value as shown on the board (100 − error for an error shown as accuracy). */
  value: number;
  unit: string;
  dataset: string;
  split?: Metric['split'];
  ensemble: boolean;
  source: Metric['source'];
  /** Set when the paper reported the complement (an error rate). */
  reportedAs?: { name: string; value: number };
  /** Position of the metric in the model's fact file. */
  order: number;
}

export interface Board {
  /** Unique within the benchmark: `<protocol>--<metric>--<split>--<single|ensemble>`. */
  key: string;
  benchmark: string;
  protocol: Protocol;
  metric: BenchmarkMetric;
  split?: Metric['split'];
  ensemble: boolean;
  /** Best first; ties keep time order. */
  results: Result[];
}

/** Every result the facts report on each benchmark (cost and speed figures left out), by benchmark id. */
export function resultsByBenchmark(
  models: readonly ModelFacts[],
  benchmarks: readonly Benchmark[],
): Map<string, Array<{ result: Result; protocol: Protocol; metric: BenchmarkMetric }>> {
  const out = new Map<string, Array<{ result: Result; protocol: Protocol; metric: BenchmarkMetric }>>();
  for (const m of models) {
    m.metrics.forEach((metric, order) => {
      if (isCostMetric(metric.name)) return;
      const placed = placeMetric(metric, benchmarks);
      if (!placed.ok) return;
      const { benchmark, protocol, metric: declared, value, reportedAs } = placed.placement;
      const result: Result = {
        model: m.id,
        name: m.name,
        year: m.year,
        month: m.month,
        variant: metric.variant,
        value,
        unit: reportedAs ? '%' : metric.unit,
        dataset: metric.dataset,
        ...(metric.split ? { split: metric.split } : {}),
        ensemble: metric.ensemble,
        source: metric.source,
        ...(reportedAs ? { reportedAs } : {}),
        order,
      };
      const list = out.get(benchmark.id) ?? [];
      list.push({ result, protocol, metric: declared });
      out.set(benchmark.id, list);
    });
  }
  return out;
}

/** Splits in the order boards are shown: the common evaluation first, the unstated last. */
const SPLIT_ORDER = ['test', 'test-dev', 'val', 'protocol', 'train', undefined] as const;

const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A board's key within its benchmark, also the anchor of the board on the benchmark page (`#board-<key>`). */
export function boardKey(protocol: string, metric: string, split: Metric['split'], ensemble: boolean): string {
  return [protocol, slug(metric), split ?? 'unstated', ensemble ? 'ensemble' : 'single'].join('--');
}

const chronological = (a: Result, b: Result): number =>
  a.year - b.year || a.month - b.month || a.name.localeCompare(b.name) || a.order - b.order;

/** Best first by the metric's direction; equal values in time order. */
export function rankResults(results: readonly Result[], better: BenchmarkMetric['better']): Result[] {
  const sign = better === 'higher' ? -1 : 1;
  return [...results].sort((a, b) => sign * (a.value - b.value) || chronological(a, b));
}

/** The boards of one benchmark, in the order of its protocols and metrics, then split, single models first. */
export function boardsOf(
  benchmark: Benchmark,
  placed: ReadonlyArray<{ result: Result; protocol: Protocol; metric: BenchmarkMetric }>,
): Board[] {
  const boards = new Map<string, Board>();
  for (const { result, protocol, metric } of placed) {
    const key = boardKey(protocol.id, metric.name, result.split, result.ensemble);
    const board = boards.get(key) ?? {
      key,
      benchmark: benchmark.id,
      protocol,
      metric,
      ...(result.split ? { split: result.split } : {}),
      ensemble: result.ensemble,
      results: [],
    };
    board.results.push(result);
    boards.set(key, board);
  }
  const position = <T>(list: readonly T[], item: T) => list.indexOf(item);
  return [...boards.values()]
    .map((b) => ({ ...b, results: rankResults(b.results, b.metric.better) }))
    .sort(
      (a, b) =>
        position(benchmark.protocols, a.protocol) - position(benchmark.protocols, b.protocol) ||
        position(benchmark.metrics, a.metric) - position(benchmark.metrics, b.metric) ||
        SPLIT_ORDER.indexOf(a.split) - SPLIT_ORDER.indexOf(b.split) ||
        Number(a.ensemble) - Number(b.ensemble),
    );
}

/**
 * The results that set a new best when they appeared, in time order: each is strictly better than every
 * earlier one (results of the same month compete among themselves first).
 */
export function sotaHistory(board: Pick<Board, 'results' | 'metric'>): Result[] {
  const better = (a: number, b: number) => (board.metric.better === 'higher' ? a > b : a < b);
  const steps: Result[] = [];
  for (const r of [...board.results].sort(chronological)) {
    const best = steps.at(-1);
    if (!best) steps.push(r);
    else if (best.year === r.year && best.month === r.month && better(r.value, best.value)) steps[steps.length - 1] = r;
    else if (better(r.value, best.value)) steps.push(r);
  }
  return steps;
}

/** Size figures describe the network, whatever data it runs on; speed figures depend on the images. */
const SIZE_METRIC = /^(params|mult-adds|FLOPs|model size|compression ratio)$/;

/** Speed figures measured on a benchmark's images (frames per second on VOC 2007 …): listed, never ranked. */
export function speedFiguresOf(
  benchmark: Benchmark,
  models: readonly ModelFacts[],
  benchmarks: readonly Benchmark[],
): Result[] {
  return models
    .flatMap((m) =>
      m.metrics.flatMap((metric, order): Result[] => {
        if (!isCostMetric(metric.name) || SIZE_METRIC.test(metric.name)) return [];
        if (!benchmarksOfDataset(metric.dataset, benchmarks).includes(benchmark)) return [];
        return [
          {
            model: m.id,
            name: m.name,
            year: m.year,
            month: m.month,
            variant: `${metric.name}: ${metric.variant}`,
            value: metric.value,
            unit: metric.unit,
            dataset: metric.dataset,
            ...(metric.split ? { split: metric.split } : {}),
            ensemble: metric.ensemble,
            source: metric.source,
            order,
          },
        ];
      }),
    )
    .sort(chronological);
}
