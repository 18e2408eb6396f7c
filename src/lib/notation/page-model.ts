/**
 * What a model page shows of a layer spec: per network, the featured variant to draw, and per variant the
 * computed totals next to every published figure with the relative difference.
 */
import { totals } from './count.ts';
import type { Graph } from './graph.ts';
import type { ArchSpec, BilingualText, Reported } from './spec-schema.ts';
import type { Issue } from '../issues.ts';

export interface ReportedComparison extends Reported {
  /** (computed − reported) / reported. */
  diff: number;
}

export interface VariantRow {
  graph: Graph;
  params: number;
  multAdds: number;
  reported: ReportedComparison[];
}

export interface NetworkView {
  id: string;
  name: string;
  featured: Graph;
  rows: VariantRow[];
  notes: BilingualText[];
}

/** Networks of a spec as the page lays them out; `graphs` are the spec's graphs in spec order. */
export function architectureView(spec: ArchSpec, graphs: readonly Graph[]): NetworkView[] {
  return spec.networks.map((network) => {
    const own = graphs.filter((g) => g.network.id === network.id);
    const featured = own.find((g) => g.variant.id === (network.featured ?? own[0]?.variant.id));
    if (!featured) throw new Error(`${spec.model}: network "${network.id}" has no variant "${network.featured}"`);
    const rows = own.map((graph): VariantRow => {
      const t = totals(graph);
      const computed = { params: t.params, mult_adds: t.mult_adds };
      return {
        graph,
        params: t.params,
        multAdds: t.mult_adds,
        reported: graph.reported.map((r) => ({ ...r, diff: (computed[r.metric] - r.value) / r.value })),
      };
    });
    return { id: network.id, name: network.name, featured, rows, notes: network.notes };
  });
}

/** A `featured` variant that does not exist is a spec error, reported like the engine's own. */
export function featuredIssues(file: string, spec: ArchSpec): Issue[] {
  return spec.networks.flatMap((network, i) => {
    if (!network.featured || !network.variants || network.variants.some((v) => v.id === network.featured)) return [];
    return [{ file, field: `networks[${i}].featured`, message: `no variant "${network.featured}" in this network` }];
  });
}

/** 25557032 → "25.56 M", 4089184256 → "4.09 G", 60000 → "60.0 K". */
export function formatCount(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} K`;
  return String(n);
}

/** +1.5 %, −0.2 %, 0.0 %. */
export function formatDiff(diff: number): string {
  const pct = diff * 100;
  const text = Math.abs(pct) < 0.05 ? '0.0' : Math.abs(pct).toFixed(1);
  return `${pct >= 0.05 ? '+' : pct <= -0.05 ? '−' : ''}${text} %`;
}
