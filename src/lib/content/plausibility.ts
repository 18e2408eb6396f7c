/**
 * Facts that cannot be nonsense, beyond what one file's schema can say: no negative count, size, time or
 * rate; no percentage outside 0–100; no metric row given twice; no name or alias equal to another model's
 * id (under the one name key search uses); and a lineage that runs forward in time — no builds_on cycle,
 * and no model building on work made public after it (the lineage layout places every model below what
 * it builds on, and a backwards edge once broke it: R-CNN's first version predates VGG).
 */
import type { Issue } from '../issues.ts';
import { nameKey } from '../atlas/names.ts';
import type { Loaded } from './load.ts';
import type { Metric, ModelFacts } from './schema.ts';

/** Metrics that are differences and may be negative ("Δ mAP", "top-1 gain"); every other metric is ≥ 0. */
const SIGNED_METRIC = /^(Δ|delta\b)|\b(gain|change|improvement|difference)\b/i;

export function checkPlausibility(models: readonly Loaded<ModelFacts>[]): Issue[] {
  return [
    ...models.flatMap((m) => metricIssues(m.file, m.data.metrics)),
    ...nameClashesWithIds(models),
    ...buildsOnCycles(models),
    ...buildsOnLaterWork(models),
  ];
}

function metricIssues(file: string, metrics: readonly Metric[]): Issue[] {
  const issues: Issue[] = [];
  const rows = new Map<string, number>();
  metrics.forEach((metric, i) => {
    const field = `metrics[${i}].value`;
    if (metric.unit.trim() === '%' && (metric.value < 0 || metric.value > 100)) {
      issues.push({ file, field, message: `${metric.value}% for "${metric.name}": a percentage lies between 0 and 100` });
    } else if (metric.value < 0 && !SIGNED_METRIC.test(metric.name)) {
      issues.push({ file, field, message: `${metric.value} for "${metric.name}": this metric cannot be negative` });
    }
    const key = [metric.name, metric.dataset, metric.variant, metric.split ?? ''].map((s) => s.trim()).join('\u0000');
    const first = rows.get(key);
    if (first === undefined) rows.set(key, i);
    else {
      issues.push({
        file,
        field: `metrics[${i}]`,
        message: `repeats metrics[${first}] (same name, dataset, variant and split): keep one row, or say in the variant what differs`,
      });
    }
  });
  return issues;
}

/** A name or alias that is another model's id: search would send readers of one to the other. */
function nameClashesWithIds(models: readonly Loaded<ModelFacts>[]): Issue[] {
  const idOwner = new Map(models.map((m) => [nameKey(m.data.id), m.data.id]));
  return models.flatMap(({ file, data }) =>
    [{ value: data.name, field: 'name' }, ...data.aliases.map((value, i) => ({ value, field: `aliases[${i}]` }))]
      .map(({ value, field }) => ({ value, field, owner: idOwner.get(nameKey(value)) }))
      .filter((n) => n.owner !== undefined && n.owner !== data.id)
      .map(({ value, field, owner }) => ({ file, field, message: `"${value}" is the id of model "${owner}": a name must name one model` })),
  );
}

/** Every builds_on cycle once, as its path: `alexnet → resnet → alexnet` (the search starts from the smallest id). */
function buildsOnCycles(models: readonly Loaded<ModelFacts>[]): Issue[] {
  const byId = new Map(models.map((m) => [m.data.id, m]));
  const state = new Map<string, 'open' | 'done'>();
  const issues: Issue[] = [];
  const path: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    path.push(id);
    const model = byId.get(id)!;
    model.data.builds_on.forEach((edge, i) => {
      if (!byId.has(edge.model) || edge.model === id) return; // unknown and self references are reported elsewhere
      if (state.get(edge.model) === 'open') {
        const cycle = [...path.slice(path.indexOf(edge.model)), edge.model];
        issues.push({ file: model.file, field: `builds_on[${i}].model`, message: `builds_on cycle: ${cycle.join(' → ')}` });
      } else if (!state.has(edge.model)) visit(edge.model);
    });
    path.pop();
    state.set(id, 'done');
  };
  for (const id of [...byId.keys()].sort()) if (!state.has(id)) visit(id);
  return issues;
}

/** A model builds on work made public the same month or before, never after. */
function buildsOnLaterWork(models: readonly Loaded<ModelFacts>[]): Issue[] {
  const byId = new Map(models.map((m) => [m.data.id, m.data]));
  const month = (m: ModelFacts) => m.year * 12 + (m.month - 1);
  const shown = (m: ModelFacts) => `${m.year}-${String(m.month).padStart(2, '0')}`;
  return models.flatMap(({ file, data }) =>
    data.builds_on.flatMap((edge, i) => {
      const earlier = byId.get(edge.model);
      if (!earlier || month(earlier) <= month(data)) return [];
      return [
        {
          file,
          field: `builds_on[${i}].model`,
          message: `"${edge.model}" was made public in ${shown(earlier)}, after this model (${shown(data)}): a model builds on earlier work only (a later influence goes in notes)`,
        },
      ];
    }),
  );
}
