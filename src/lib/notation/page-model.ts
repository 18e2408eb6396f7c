/**
 * What a model page shows of a layer spec: per network, the featured variant to draw, per variant the computed
 * totals next to every published figure with the relative difference, and the variables the counts depend on
 * (classes, anchors) with what one more of each adds. Networks that share a figure (a generator and its
 * discriminator) form one section, drawn together.
 */
import { totals } from './count.ts';
import { buildGraph, type BuildOptions, type Graph } from './graph.ts';
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

/** A variable the counts depend on, its value in the featured variant, and what one more of it adds. */
export interface Dependency {
  name: string;
  meaning: BilingualText;
  value: number;
  /** Parameters one more adds (one more class: another row of every classifier). */
  perUnit: number;
}

export interface NetworkView {
  id: string;
  name: string;
  featured: Graph;
  rows: VariantRow[];
  notes: BilingualText[];
  dependencies: Dependency[];
  /** Trained elsewhere and not updated (a loss network). */
  fixed: boolean;
  /** Ids of the networks its output feeds. */
  feeds: string[];
}

/** A part of the page: one network drawn alone, or several drawn as one figure. */
export interface ArchitectureSection {
  /** The figure's id, or the network's when it is drawn alone. */
  id: string;
  figure: boolean;
  networks: NetworkView[];
}

/** Each numeric variable in `depends_on`, with the parameters one more of it adds to the featured variant. */
function dependencies(
  spec: ArchSpec,
  network: ArchSpec['networks'][number],
  featured: Graph,
  specs?: BuildOptions['specs'],
): Dependency[] {
  const vars = { ...network.vars, ...(network.variants?.find((v) => v.id === featured.variant.id)?.vars ?? {}) };
  return Object.entries(network.depends_on).flatMap(([name, meaning]) => {
    const value = vars[name];
    if (typeof value !== 'number') return [];
    const more = buildGraph(spec, {
      network: network.id,
      variant: featured.variant.id,
      specs,
      vars: { [name]: value + 1 },
    });
    return [{ name, meaning, value, perUnit: totals(more).params - totals(featured).params }];
  });
}

/** Networks of a spec as the page lays them out; `graphs` are the spec's graphs in spec order. */
export function architectureView(
  spec: ArchSpec,
  graphs: readonly Graph[],
  specs?: BuildOptions['specs'],
): NetworkView[] {
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
    return {
      id: network.id,
      name: network.name,
      featured,
      rows,
      notes: network.notes,
      dependencies: dependencies(spec, network, featured, specs),
      fixed: network.fixed,
      feeds: network.feeds,
    };
  });
}

/** The page's sections: networks with a `figure` id together (where the first of them is), the others alone. */
export function architectureSections(
  spec: ArchSpec,
  graphs: readonly Graph[],
  specs?: BuildOptions['specs'],
): ArchitectureSection[] {
  const views = architectureView(spec, graphs, specs);
  const sections: ArchitectureSection[] = [];
  spec.networks.forEach((network, i) => {
    const view = views[i]!;
    const figure = network.figure ? sections.find((s) => s.figure && s.id === network.figure) : undefined;
    if (figure) figure.networks.push(view);
    else sections.push({ id: network.figure ?? network.id, figure: network.figure !== undefined, networks: [view] });
  });
  return sections;
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

/**
 * The anchor of the counting rules on the notation page: every model page's computed figures follow them, and
 * its architecture section links there instead of repeating them (CountingRules.astro).
 */
export const COUNTING_ANCHOR = 'counting';
