/**
 * Which benchmark, protocol and metric a reported result belongs to, read from the metric's `dataset` and `name`
 * as the facts write them. A dataset names the benchmark with the longest matching prefix; when several share
 * that prefix (PASCAL VOC 2012 detection, segmentation and instance masks), the metric decides. Cost and speed
 * figures (parameters, multiply-adds, frames per second) describe a network or its running time, not a result,
 * and their dataset only says on what input: they need not name a benchmark.
 */
import { distance } from 'fastest-levenshtein';
import type { Benchmark, BenchmarkMetric, Metric, Protocol } from '../content/schema.ts';

/** Metric names that measure size or speed rather than a result on a benchmark. */
const COST_METRIC =
  /^(params|mult-adds|FLOPs|latency|fps|speed|detection speed|throughput|forward time|feature extraction time|time per (face|iteration)|inference memory|model size|compression ratio|speed-up)$/;

export function isCostMetric(name: string): boolean {
  return COST_METRIC.test(name);
}

const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

/** A dataset starts with a prefix when the prefix ends at its end, a space, a comma or a bracket. */
export function startsWithPrefix(dataset: string, prefix: string): boolean {
  const d = fold(dataset);
  const p = fold(prefix);
  return d.startsWith(p) && (d.length === p.length || /[\s,(]/.test(d[p.length]!));
}

/** The benchmarks a dataset names: those with its longest matching prefix (usually one). */
export function benchmarksOfDataset(dataset: string, benchmarks: readonly Benchmark[]): Benchmark[] {
  let best = 0;
  let found: Benchmark[] = [];
  for (const b of benchmarks) {
    const length = Math.max(0, ...b.prefixes.filter((p) => startsWithPrefix(dataset, p)).map((p) => p.length));
    if (length === 0 || length < best) continue;
    if (length > best) [best, found] = [length, []];
    found.push(b);
  }
  return found;
}

/** The benchmark's metric a fact's metric name stands for (by name or alias, case not minding). */
export function metricOf(benchmark: Benchmark, name: string): BenchmarkMetric | undefined {
  const key = fold(name);
  return benchmark.metrics.find((m) => fold(m.name) === key || m.aliases.some((a) => fold(a) === key));
}

/** The first protocol whose `match` occurs in the dataset, else the one without `match`. */
export function protocolOf(benchmark: Benchmark, dataset: string): Protocol | undefined {
  const d = fold(dataset);
  return (
    benchmark.protocols.find((p) => p.match.some((m) => d.includes(fold(m)))) ??
    benchmark.protocols.find((p) => p.match.length === 0)
  );
}

export interface Placement {
  benchmark: Benchmark;
  protocol: Protocol;
  /** The metric as the benchmark declares it (the complement's target for an error shown as accuracy). */
  metric: BenchmarkMetric;
  /** The value as shown: the reported one, or 100 − it for an error shown as its complement. */
  value: number;
  /** Set when the value was reported as the complement (an error rate). */
  reportedAs?: { name: string; value: number };
}

export type Resolution = { ok: true; placement: Placement } | { ok: false; field: 'dataset' | 'name'; message: string };

/** Where a result belongs, or what is wrong with its dataset or name (with the closest benchmark as a hint). */
export function placeMetric(
  m: Pick<Metric, 'name' | 'dataset' | 'value'>,
  benchmarks: readonly Benchmark[],
): Resolution {
  const candidates = benchmarksOfDataset(m.dataset, benchmarks);
  if (candidates.length === 0) {
    const hint = closestBenchmark(m.dataset, benchmarks);
    return {
      ok: false,
      field: 'dataset',
      message:
        `"${m.dataset}" names no known benchmark` +
        (hint ? ` (closest: "${hint.prefix}", benchmark ${hint.id})` : '') +
        '; start the dataset with a prefix of a benchmark in content/benchmarks/, or add the benchmark',
    };
  }
  const withMetric = candidates.filter((b) => metricOf(b, m.name));
  if (withMetric.length !== 1) {
    const names = [...new Set(candidates.flatMap((b) => b.metrics.map((x) => x.name)))];
    return {
      ok: false,
      field: 'name',
      message:
        withMetric.length === 0
          ? `"${m.name}" is not a metric of ${candidates.map((b) => `benchmark ${b.id}`).join(' or ')} (known: ${names.join(', ')})`
          : `"${m.dataset}" with "${m.name}" fits ${withMetric.map((b) => `benchmark ${b.id}`).join(' and ')}: start the dataset with a longer prefix of one of them`,
    };
  }
  const benchmark = withMetric[0]!;
  const declared = metricOf(benchmark, m.name)!;
  const protocol = protocolOf(benchmark, m.dataset);
  if (!protocol) {
    return {
      ok: false,
      field: 'dataset',
      message: `"${m.dataset}" matches no protocol of benchmark ${benchmark.id} (${benchmark.protocols.map((p) => `${p.id}: ${p.match.map((x) => `"${x}"`).join(' or ')}`).join('; ')})`,
    };
  }
  const target = declared.complement ? benchmark.metrics.find((x) => x.name === declared.complement) : undefined;
  if (declared.complement && !target) {
    return {
      ok: false,
      field: 'name',
      message: `benchmark ${benchmark.id}: complement "${declared.complement}" is not one of its metrics`,
    };
  }
  return {
    ok: true,
    placement: target
      ? {
          benchmark,
          protocol,
          metric: target,
          value: clean(100 - m.value),
          reportedAs: { name: m.name, value: m.value },
        }
      : { benchmark, protocol, metric: declared, value: m.value },
  };
}

/** Rounds away binary noise from 100 − 21.43: at most 6 decimals. */
const clean = (v: number): number => Math.round(v * 1e6) / 1e6;

/** The benchmark prefix nearest to a dataset's name (its text before the first comma or bracket). */
export function closestBenchmark(
  dataset: string,
  benchmarks: readonly Benchmark[],
): { id: string; prefix: string } | undefined {
  const head = fold(dataset.split(/[,(]/)[0]!.trim());
  let best: { id: string; prefix: string; d: number } | undefined;
  for (const b of benchmarks) {
    for (const prefix of [...b.prefixes, b.name, ...b.aliases]) {
      const d = distance(head, fold(prefix.split(/[,(]/)[0]!.trim()));
      if (!best || d < best.d) best = { id: b.id, prefix, d };
    }
  }
  return best && best.d <= Math.max(2, Math.ceil(head.length / 2)) ? { id: best.id, prefix: best.prefix } : undefined;
}
