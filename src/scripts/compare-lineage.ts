/**
 * Lineage graph: hovering or focusing a model highlights everything it descends from and everything that
 * descends from it; the rest of the graph fades. Reads the graph from the SVG's data attributes; what is
 * related is lib/charts/lineage-trace.ts's rule.
 */
import { lineageTrace } from '../lib/charts/lineage-trace.ts';

export function initLineage(): void {
  const svg = document.querySelector<SVGSVGElement>('svg[data-chart="lineage"]');
  if (!svg) return;
  const edges = [...svg.querySelectorAll<SVGGElement>('.edge')];
  const nodes = [...svg.querySelectorAll<SVGAElement>('.node')];
  const links = edges.map((e) => e.dataset as { from: string; to: string });
  const clear = () => {
    svg.classList.remove('is-tracing');
    for (const el of svg.querySelectorAll('.is-related')) el.classList.remove('is-related');
  };
  const trace = (id: string) => {
    clear();
    const related = lineageTrace(id, links);
    for (const n of nodes) if (related.nodes.has(n.dataset.node!)) n.classList.add('is-related');
    edges.forEach((e, i) => {
      if (related.links[i]) e.classList.add('is-related');
    });
    svg.classList.add('is-tracing');
  };
  for (const n of nodes) {
    n.addEventListener('pointerenter', () => trace(n.dataset.node!));
    n.addEventListener('focus', () => trace(n.dataset.node!));
    n.addEventListener('pointerleave', clear);
    n.addEventListener('blur', clear);
  }
}
