/**
 * A small diagram of a method inside one model: the structure where the model's layer spec shows it, cut out
 * of the model's graph with a stand-in input, so that the ordinary notation renderer can draw it. The model is
 * the introducer when its spec shows the method, else the earliest user whose spec does; the structure is the
 * first occurrence in that model, widened to its smallest enclosing block when the method is a single layer.
 */
import { nodesOf } from '../notation/count.ts';
import type { Graph, Struct } from '../notation/graph.ts';
import { childrenOf, type Occurrence } from './match.ts';
import type { MethodUsage } from './usage.ts';

/** More nodes than this make a diagram, not an excerpt. */
const MAX_EXCERPT_NODES = 40;

export interface Excerpt {
  model: string;
  /** The network and variant the excerpt comes from, and the structure's name in it. */
  variant: string;
  where: string;
  graph: Graph;
}

/** Neighbouring layers shown on either side of a single layer that no small block encloses. */
const NEIGHBOURS = 2;

/**
 * The structure to draw for one occurrence: the match itself; for a layer, its smallest enclosing block, or
 * when every enclosing structure is too large (or there is none), the layer with its neighbours in sequence.
 */
function containerOf(o: Occurrence): Struct | undefined {
  if (o.struct.kind !== 'layer') return nodesOf(o.struct).length <= MAX_EXCERPT_NODES ? o.struct : undefined;
  const block = [...o.ancestors]
    .reverse()
    .find((s) => s.kind !== 'repeat' && nodesOf(s).length >= 2 && nodesOf(s).length <= MAX_EXCERPT_NODES);
  if (block) return block;
  const parent = o.ancestors.at(-1);
  const siblings = parent ? childrenOf(parent) : o.graph.root;
  const at = siblings.indexOf(o.struct);
  // Only single layers as neighbours: a block next to the layer would take over the picture.
  let from = at;
  let to = at;
  while (from > 0 && at - from < NEIGHBOURS && siblings[from - 1]!.kind === 'layer') from--;
  while (to < siblings.length - 1 && to - at < NEIGHBOURS && siblings[to + 1]!.kind === 'layer') to++;
  const name = parent && 'name' in parent ? parent.name : '';
  return { kind: 'group', id: 'excerpt', name, path: '', items: siblings.slice(from, to + 1) };
}

/** The graph of one structure alone, fed by a copy of the graph's input node with the structure's input shape. */
export function excerptGraph(graph: Graph, struct: Struct): Graph {
  const ids = new Set(nodesOf(struct));
  const inside = graph.nodes.filter((n) => ids.has(n.id));
  const feeding = inside.flatMap((n) => n.inputs).find((id) => !ids.has(id));
  const source = graph.nodes.find((n) => n.id === feeding) ?? graph.nodes[0]!;
  const input = { ...graph.nodes[0]!, id: `${graph.nodes[0]!.id}-excerpt`, shape: source.shape };
  return {
    ...graph,
    input: source.shape,
    nodes: [input, ...inside],
    root: [{ kind: 'layer', node: input.id }, struct],
    outputs: [inside.at(-1)!.id],
  };
}

/** A structure's name without the counter the engine adds to unnamed structures (`inception3a.parallel1`). */
const placeName = (name: string): string => name.replace(/\.(?:parallel|residual|dense|se|seq)\d+$/, '');

/** The excerpt a method page draws, or undefined when no spec shows the method. */
export function methodExcerpt(
  usage: MethodUsage,
  occurrences: ReadonlyMap<string, ReadonlyMap<string, readonly Occurrence[]>>,
): Excerpt | undefined {
  const candidates = [...usage.uses].sort((a, b) => Number(b.introduces) - Number(a.introduces));
  for (const use of candidates) {
    for (const o of occurrences.get(use.model)?.get(usage.method.id) ?? []) {
      const struct = containerOf(o);
      if (!struct) continue;
      return {
        model: use.model,
        variant: o.graph.variant.name,
        where: 'name' in struct && struct.name ? placeName(struct.name) : o.graph.network.name,
        graph: excerptGraph(o.graph, struct),
      };
    }
  }
  return undefined;
}
