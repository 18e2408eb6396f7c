/**
 * Checks of the benchmark files and of every reported result: a benchmark's id matches its file, its names and
 * metrics are its own, its protocols have one default at most; and every metric of every model that is a
 * result (not a cost or speed figure) lands on exactly one benchmark, protocol and metric, so results stay
 * comparable. A dataset that names no benchmark is refused with the closest one as a hint.
 */
import type { Issue } from '../issues.ts';
import { nameKey } from '../atlas/names.ts';
import type { Loaded } from '../content/load.ts';
import type { Benchmark, Direction, ModelFacts } from '../content/schema.ts';
import { isCostMetric, placeMetric } from './resolve.ts';

function benchmarkFileIssues(benchmarks: readonly Loaded<Benchmark>[], directions: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  const names = new Map<string, string>();
  for (const { file, data } of benchmarks) {
    const stem = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    if (data.id !== stem)
      issues.push({ file, field: 'id', message: `id "${data.id}" does not match the file name "${stem}"` });
    [data.name, ...data.aliases].forEach((value, i) => {
      const owner = names.get(nameKey(value));
      if (owner && owner !== data.id)
        issues.push({
          file,
          field: i === 0 ? 'name' : `aliases[${i - 1}]`,
          message: `"${value}" also names benchmark "${owner}"`,
        });
      names.set(nameKey(value), data.id);
    });
    data.directions.forEach((d, i) => {
      if (!directions.has(d)) issues.push({ file, field: `directions[${i}]`, message: `unknown direction "${d}"` });
    });
    const metricNames = new Set<string>();
    data.metrics.forEach((m, i) => {
      for (const n of [m.name, ...m.aliases]) {
        if (metricNames.has(n.toLowerCase()))
          issues.push({ file, field: `metrics[${i}]`, message: `metric name "${n}" is given twice` });
        metricNames.add(n.toLowerCase());
      }
      if (m.complement && !data.metrics.some((x) => x.name === m.complement))
        issues.push({
          file,
          field: `metrics[${i}].complement`,
          message: `"${m.complement}" is not a metric of this benchmark`,
        });
    });
    const defaults = data.protocols.filter((p) => p.match.length === 0);
    if (defaults.length > 1)
      issues.push({
        file,
        field: 'protocols',
        message: `protocols ${defaults.map((p) => p.id).join(', ')} all lack match: only one may take the rest`,
      });
    if (new Set(data.protocols.map((p) => p.id)).size !== data.protocols.length)
      issues.push({ file, field: 'protocols', message: 'a protocol id is used twice' });
  }
  return issues;
}

/** Every result metric of every model names a benchmark, one of its metrics and a protocol. */
function resultIssues(models: readonly Loaded<ModelFacts>[], benchmarks: readonly Benchmark[]): Issue[] {
  return models.flatMap(({ file, data }) =>
    data.metrics.flatMap((m, i): Issue[] => {
      if (isCostMetric(m.name)) return [];
      const placed = placeMetric(m, benchmarks);
      return placed.ok ? [] : [{ file, field: `metrics[${i}].${placed.field}`, message: placed.message }];
    }),
  );
}

export function validateBenchmarks(
  benchmarks: readonly Loaded<Benchmark>[],
  models: readonly Loaded<ModelFacts>[],
  directions: readonly Direction[],
): Issue[] {
  return [
    ...benchmarkFileIssues(benchmarks, new Set(directions.map((d) => d.id))),
    ...resultIssues(
      models,
      benchmarks.map((b) => b.data),
    ),
  ];
}
