/**
 * Lineage graph: pointing at, focusing or tapping a model highlights everything it descends from and
 * everything that descends from it (the rest fades), and the panel beside the graph says what it builds on
 * and what builds on it, with what changed. On a touch screen the first tap on a model shows this and a
 * second tap opens its entry, so the graph works without hover. Reads the graph from the SVG's data
 * attributes; what is related is lib/charts/lineage-trace.ts's rule.
 */
import { lineageTrace } from '../lib/charts/lineage-trace.ts';

interface Words {
  up: string;
  down: string;
  none: string;
  open: string;
}

export function initLineage(): void {
  const svg = document.querySelector<SVGSVGElement>('svg[data-chart="lineage"]');
  if (!svg) return;
  const panel = document.querySelector<HTMLElement>('[data-lineage-panel]');
  const edges = [...svg.querySelectorAll<SVGGElement>('.edge')];
  const nodes = [...svg.querySelectorAll<SVGAElement>('.node')];
  const links = edges.map((e) => e.dataset as { from: string; to: string; change: string });
  const nameOf = new Map(nodes.map((n) => [n.dataset.node!, (n.textContent ?? '').trim()]));
  const hrefOf = new Map(nodes.map((n) => [n.dataset.node!, n.href.baseVal]));
  const words = JSON.parse(panel?.dataset.words ?? '{}') as Words;
  if (panel) panel.hidden = false;
  let chosen: string | null = null;

  const clear = () => {
    svg.classList.remove('is-tracing');
    for (const el of svg.querySelectorAll('.is-related, .is-chosen')) el.classList.remove('is-related', 'is-chosen');
  };
  const trace = (id: string) => {
    clear();
    const related = lineageTrace(id, links);
    for (const n of nodes) {
      n.classList.toggle('is-related', related.nodes.has(n.dataset.node!));
      n.classList.toggle('is-chosen', n.dataset.node === id);
    }
    edges.forEach((e, i) => e.classList.toggle('is-related', related.links[i] === true));
    svg.classList.add('is-tracing');
    describe(id);
  };
  const list = (title: string, items: Array<{ id: string; change: string }>) => {
    const heading = document.createElement('p');
    heading.append(Object.assign(document.createElement('strong'), { textContent: `${title}:` }));
    if (items.length === 0)
      return [heading, Object.assign(document.createElement('span'), { textContent: ` ${words.none}` })];
    const ul = document.createElement('ul');
    for (const item of items) {
      const li = document.createElement('li');
      li.append(
        Object.assign(document.createElement('a'), {
          href: hrefOf.get(item.id) ?? '#',
          textContent: nameOf.get(item.id) ?? item.id,
        }),
      );
      if (item.change) li.append(`: ${item.change}`);
      ul.append(li);
    }
    return [heading, ul];
  };
  /** The panel: the model, its entry, and its direct links both ways with what changed. */
  const describe = (id: string) => {
    if (!panel) return;
    const title = document.createElement('h3');
    title.append(
      Object.assign(document.createElement('a'), {
        href: hrefOf.get(id) ?? '#',
        textContent: words.open.replace('%s', nameOf.get(id) ?? id),
      }),
    );
    panel.replaceChildren(
      title,
      ...list(
        words.up,
        links.filter((l) => l.to === id).map((l) => ({ id: l.from, change: l.change })),
      ),
      ...list(
        words.down,
        links.filter((l) => l.from === id).map((l) => ({ id: l.to, change: l.change })),
      ),
    );
  };

  /** How the last press on a node came: a tap, and whether a press is under way (focus follows a press). */
  let touched = false;
  let pressing = false;
  for (const n of nodes) {
    const id = n.dataset.node!;
    n.addEventListener('pointerdown', (e) => {
      touched = e.pointerType === 'touch';
      pressing = true;
    });
    n.addEventListener('pointerenter', (e) => {
      if (e.pointerType === 'mouse') trace(id);
    });
    n.addEventListener('pointerleave', (e) => {
      if (e.pointerType !== 'mouse') return;
      if (chosen) trace(chosen);
      else clear();
    });
    n.addEventListener('focus', () => {
      if (!pressing) chosen = id;
      trace(id);
    });
    // A first tap shows the model's links; a second tap on the same model follows its link.
    n.addEventListener('click', (e) => {
      pressing = false;
      if (!touched || chosen === id) return;
      e.preventDefault();
      chosen = id;
      trace(id);
      n.focus({ preventScroll: true });
    });
  }
  svg.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    chosen = null;
    clear();
  });
}
