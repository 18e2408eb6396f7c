/**
 * Lineage graph: hovering or focusing a model highlights everything it descends from and everything that
 * descends from it; the rest of the graph fades. Reads the graph from the SVG's data attributes.
 */

function walk(start: string, links: Map<string, string[]>): Set<string> {
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

export function initLineage(): void {
  const svg = document.querySelector<SVGSVGElement>('svg[data-chart="lineage"]');
  if (!svg) return;
  const edges = [...svg.querySelectorAll<SVGGElement>('.edge')];
  const nodes = [...svg.querySelectorAll<SVGAElement>('.node')];
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const e of edges) {
    const { from, to } = e.dataset as { from: string; to: string };
    up.set(to, [...(up.get(to) ?? []), from]);
    down.set(from, [...(down.get(from) ?? []), to]);
  }
  const clear = () => {
    svg.classList.remove('is-tracing');
    for (const el of svg.querySelectorAll('.is-related')) el.classList.remove('is-related');
  };
  const trace = (id: string) => {
    clear();
    const ancestors = walk(id, up);
    const descendants = walk(id, down);
    const related = new Set([...ancestors, ...descendants]);
    for (const n of nodes) if (related.has(n.dataset.node!)) n.classList.add('is-related');
    for (const e of edges) {
      const { from, to } = e.dataset as { from: string; to: string };
      if ((ancestors.has(from) && ancestors.has(to)) || (descendants.has(from) && descendants.has(to)))
        e.classList.add('is-related');
    }
    svg.classList.add('is-tracing');
  };
  for (const n of nodes) {
    n.addEventListener('pointerenter', () => trace(n.dataset.node!));
    n.addEventListener('focus', () => trace(n.dataset.node!));
    n.addEventListener('pointerleave', clear);
    n.addEventListener('blur', clear);
  }
}
