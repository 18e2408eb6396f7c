/**
 * What the lineage graph highlights when a model is hovered or focused (src/scripts/compare-lineage.ts wires it
 * up): everything it descends from and everything that descends from it, and the links along both ways.
 */

export interface Link {
  from: string;
  to: string;
}

/** Every node reachable from `start` along `links` (a node → its neighbours), `start` included. */
export function reachable(start: string, links: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>([start]);
  const stack = [start];
  while (stack.length) {
    for (const next of links.get(stack.pop()!) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(next);
    }
  }
  return seen;
}

/**
 * The nodes related to `id` (its ancestors, its descendants and itself) and, per link in `links`' order,
 * whether it lies on a path through `id`: both its ends are ancestors, or both are descendants.
 */
export function lineageTrace(id: string, links: readonly Link[]): { nodes: Set<string>; links: boolean[] } {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const { from, to } of links) {
    up.set(to, [...(up.get(to) ?? []), from]);
    down.set(from, [...(down.get(from) ?? []), to]);
  }
  const ancestors = reachable(id, up);
  const descendants = reachable(id, down);
  return {
    nodes: new Set([...ancestors, ...descendants]),
    links: links.map(
      ({ from, to }) => (ancestors.has(from) && ancestors.has(to)) || (descendants.has(from) && descendants.has(to)),
    ),
  };
}
