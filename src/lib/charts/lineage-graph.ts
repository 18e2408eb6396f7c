/**
 * The lineage graph of all models: a node per model that builds on another or is built on, an edge per
 * builds_on entry (carrying its "what changed" text), laid out in layers that follow the years.
 */
import type { Bilingual, Direction, ModelFacts } from '../content/schema.ts';
import { DEFAULT_LAYERED, layeredLayout, type LayeredLayout, type LayeredOptions } from './layered.ts';
import { textWidth } from '../text/width.ts';

export interface LineageEdge {
  from: string;
  to: string;
  change: Bilingual;
}

export interface LineageGraph {
  layout: LayeredLayout;
  edges: LineageEdge[];
  /** Models in the graph, by id. */
  models: Map<string, ModelFacts>;
}

export const NODE_FONT_SIZE = 13;
export const NODE_PADDING = 10;

/** Every builds_on entry whose target exists, as an edge from the earlier model to the later one. */
export function lineageEdges(models: readonly ModelFacts[]): LineageEdge[] {
  const known = new Set(models.map((m) => m.id));
  return models.flatMap((m) =>
    m.builds_on.filter((b) => known.has(b.model)).map((b) => ({ from: b.model, to: m.id, change: b.change })),
  );
}

/** Lays out the models touched by `edges` (or all of `models` when `includeIsolated`). */
export function lineageGraph(
  models: readonly ModelFacts[],
  directions: readonly Direction[],
  options: { includeIsolated?: boolean; only?: ReadonlySet<string>; layout?: LayeredOptions } = {},
): LineageGraph {
  const inScope = (id: string) => !options.only || options.only.has(id);
  const edges = lineageEdges(models).filter((e) => inScope(e.from) && inScope(e.to));
  const touched = new Set(edges.flatMap((e) => [e.from, e.to]));
  const shown = models.filter((m) => inScope(m.id) && (options.includeIsolated || touched.has(m.id)));
  const order = new Map(directions.map((d) => [d.id, d.order]));
  const layout = layeredLayout(
    shown.map((m) => ({
      id: m.id,
      year: m.year,
      time: m.year * 12 + m.month,
      width: Math.ceil(textWidth(m.name, { size: NODE_FONT_SIZE })) + 2 * NODE_PADDING,
      group: order.get(m.directions[0]!) ?? 99,
    })),
    edges,
    options.layout ?? DEFAULT_LAYERED,
  );
  return { layout, edges, models: new Map(shown.map((m) => [m.id, m])) };
}
