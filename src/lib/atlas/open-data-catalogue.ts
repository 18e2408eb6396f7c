/**
 * The open data export of the catalogue: `/data/methods.json` (every method with its introducer and users,
 * computed) and `/data/benchmarks.json` (every benchmark with its boards). Schema 1, like the rest of the open
 * data: later versions may add keys, never rename or remove these.
 */
import type { Benchmark, CitedPaper } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Board } from '../benchmarks/leaderboard.ts';
import type { MethodUsage } from '../methods/usage.ts';
import type { ExportedModelMethod } from './open-data.ts';

type PageUrl = (id: string, locale: Locale) => string;
const pages = (id: string, url: PageUrl) => ({ en: url(id, 'en'), 'zh-CN': url(id, 'zh-CN') });

/** One method as exported: its facts, and who introduced and uses it. */
export function exportMethod(u: MethodUsage, pageUrl: PageUrl) {
  const m = u.method;
  const introduced: { model: string } | { paper: Omit<CitedPaper, 'doi'> & { doi: string | null } } | null =
    u.introducedBy
      ? 'model' in u.introducedBy
        ? { model: u.introducedBy.model }
        : { paper: { ...u.introducedBy.paper, doi: u.introducedBy.paper.doi ?? null } }
      : null;
  return {
    id: m.id,
    name: m.name,
    aliases: m.aliases,
    kind: m.kind,
    formula: m.formula,
    introduced_by: introduced,
    notation: { icon: m.notation?.icon ?? null, realised_by: m.notation?.realised_by ?? [] },
    used_by: u.uses.map((x) => ({ model: x.model, introduces: x.introduces, from: fromOf(x) })),
    pages: pages(m.id, pageUrl),
  };
}

function fromOf(use: { spec: boolean; declared: boolean; introduces: boolean }): ExportedModelMethod['from'] {
  return [...(use.spec ? ['spec' as const] : []), ...(use.declared || use.introduces ? ['facts' as const] : [])];
}

/** The methods of one model in the shape of its `methods` key in `/data/models.json`. */
export function exportModelMethods(model: string, usages: readonly MethodUsage[]): ExportedModelMethod[] {
  return usages.flatMap((u) => {
    const use = u.uses.find((x) => x.model === model);
    return use ? [{ id: u.method.id, introduces: use.introduces, from: fromOf(use) }] : [];
  });
}

/** One benchmark as exported: its facts and its boards, each result with its source. */
export function exportBenchmark(b: Benchmark, boards: readonly Board[], pageUrl: PageUrl) {
  return {
    id: b.id,
    name: b.name,
    aliases: b.aliases,
    directions: b.directions,
    task: b.task,
    description: b.description,
    url: b.url ?? null,
    prefixes: b.prefixes,
    metrics: b.metrics.map((m) => ({
      name: m.name,
      aliases: m.aliases,
      better: m.better,
      complement: m.complement ?? null,
    })),
    protocols: b.protocols.map((p) => ({ id: p.id, name: p.name, match: p.match })),
    boards: boards.map((board) => ({
      key: board.key,
      protocol: board.protocol.id,
      metric: board.metric.name,
      better: board.metric.better,
      split: board.split ?? null,
      ensemble: board.ensemble,
      results: board.results.map((r) => ({
        model: r.model,
        variant: r.variant,
        value: r.value,
        unit: r.unit,
        reported_as: r.reportedAs ?? null,
        year: r.year,
        month: r.month,
        dataset: r.dataset,
        source: r.source,
      })),
    })),
    pages: pages(b.id, pageUrl),
  };
}
