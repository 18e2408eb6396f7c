/**
 * Lineage graph: pointing at, focusing or tapping a model highlights everything it descends from and
 * everything that descends from it (the rest fades), and the panel beside the graph says what it builds on
 * and what builds on it, with what changed. On a touch screen the first tap on a model shows this and a
 * second tap opens its entry, so the graph works without hover. Pointing at a curve shows what changed along
 * it as a tooltip. Reads the graph from the SVG's data attributes and what changed from the list of every
 * link beside it (the page writes that text once); what is related is lib/charts/lineage-trace.ts's rule.
 * In three parts: reading the graph, drawing a trace and the panel, and the pointer, focus and key bindings.
 */
import { lineageTrace } from '../lib/charts/lineage-trace.ts';

/** The panel's words, in the page's language (LineageGraph.astro); `colon` is `: ` or `：`. */
interface Words {
  up: string;
  down: string;
  none: string;
  open: string;
  /** A curve's tooltip, with %child, %parent and %change to fill in. */
  edge: string;
  colon: string;
}

interface Link {
  from: string;
  to: string;
}

interface Graph {
  svg: SVGSVGElement;
  nodes: SVGAElement[];
  edges: SVGGElement[];
  links: Link[];
  nameOf: Map<string, string>;
  hrefOf: Map<string, string>;
}

function readGraph(svg: SVGSVGElement): Graph {
  const nodes = [...svg.querySelectorAll<SVGAElement>('.node')];
  const edges = [...svg.querySelectorAll<SVGGElement>('.edge')];
  return {
    svg,
    nodes,
    edges,
    links: edges.map((e) => ({ from: e.dataset.from!, to: e.dataset.to! })),
    nameOf: new Map(nodes.map((n) => [n.dataset.node!, (n.textContent ?? '').trim()])),
    hrefOf: new Map(nodes.map((n) => [n.dataset.node!, n.href.baseVal])),
  };
}

/** What changed from `from` to `to`, as the list of every link states it under the later model. */
function changeOf(link: Link): string {
  const item = document.getElementById(`links-${link.to}`)?.querySelector(`[data-from="${link.from}"] .change`);
  return item?.textContent?.trim() ?? '';
}

function clearTrace(g: Graph): void {
  g.svg.classList.remove('is-tracing');
  for (const el of g.svg.querySelectorAll('.is-related, .is-chosen')) el.classList.remove('is-related', 'is-chosen');
}

function drawTrace(g: Graph, id: string): void {
  clearTrace(g);
  const related = lineageTrace(id, g.links);
  for (const n of g.nodes) {
    n.classList.toggle('is-related', related.nodes.has(n.dataset.node!));
    n.classList.toggle('is-chosen', n.dataset.node === id);
  }
  g.edges.forEach((e, i) => e.classList.toggle('is-related', related.links[i] === true));
  g.svg.classList.add('is-tracing');
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) =>
  Object.assign(document.createElement(tag), props);

/** One direction of the panel: a heading, then each linked model with what changed, or "none". */
function linkList(g: Graph, words: Words, title: string, items: Array<{ id: string; change: string }>): Node[] {
  const heading = element('p');
  heading.append(element('strong', { textContent: `${title}${words.colon.trim()}` }));
  if (items.length === 0) return [heading, element('span', { textContent: ` ${words.none}` })];
  const ul = element('ul');
  for (const item of items) {
    const li = element('li');
    li.append(element('a', { href: g.hrefOf.get(item.id) ?? '#', textContent: g.nameOf.get(item.id) ?? item.id }));
    if (item.change) li.append(`${words.colon}${item.change}`);
    ul.append(li);
  }
  return [heading, ul];
}

/** The panel: the model, its entry, and its direct links both ways with what changed. */
function describe(panel: HTMLElement, g: Graph, words: Words, id: string): void {
  const title = element('h3');
  title.append(
    element('a', { href: g.hrefOf.get(id) ?? '#', textContent: words.open.replace('%s', g.nameOf.get(id) ?? id) }),
  );
  const up = g.links.filter((l) => l.to === id).map((l) => ({ id: l.from, change: changeOf(l) }));
  const down = g.links.filter((l) => l.from === id).map((l) => ({ id: l.to, change: changeOf(l) }));
  panel.replaceChildren(title, ...linkList(g, words, words.up, up), ...linkList(g, words, words.down, down));
}

/**
 * Mouse hover traces while it lasts; focus and a first tap choose a model (the trace stays); a second tap on
 * the chosen model follows its link; Escape clears.
 */
function bind(g: Graph, trace: (id: string) => void): void {
  let chosen: string | null = null;
  // How the last press on a node came: a tap, and whether a press is under way (focus follows a press).
  let touched = false;
  let pressing = false;
  for (const n of g.nodes) {
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
      else clearTrace(g);
    });
    n.addEventListener('focus', () => {
      if (!pressing) chosen = id;
      trace(id);
    });
    n.addEventListener('click', (e) => {
      pressing = false;
      if (!touched || chosen === id) return;
      e.preventDefault();
      chosen = id;
      trace(id);
      n.focus({ preventScroll: true });
    });
  }
  g.svg.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    chosen = null;
    clearTrace(g);
  });
}

/** A curve gets its tooltip the first time the pointer reaches it, not 341 of them at load. */
function bindEdgeTitles(g: Graph, words: Words): void {
  g.svg.querySelector('.edges')?.addEventListener('pointerover', (e) => {
    const edge = (e.target as Element).closest<SVGGElement>('.edge');
    if (!edge || edge.querySelector('title')) return;
    const link = { from: edge.dataset.from!, to: edge.dataset.to! };
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    // Replacer functions, so a "$" in a name or a change is text, not a replacement pattern.
    title.textContent = words.edge
      .replace('%child', () => g.nameOf.get(link.to) ?? link.to)
      .replace('%parent', () => g.nameOf.get(link.from) ?? link.from)
      .replace('%change', () => changeOf(link));
    edge.prepend(title);
  });
}

export function initLineage(): void {
  const svg = document.querySelector<SVGSVGElement>('svg[data-chart="lineage"]');
  if (!svg) return;
  const g = readGraph(svg);
  const panel = document.querySelector<HTMLElement>('[data-lineage-panel]');
  const words = JSON.parse(panel?.dataset.words ?? '{}') as Words;
  bindEdgeTitles(g, words);
  bind(g, (id) => {
    drawTrace(g, id);
    if (panel) describe(panel, g, words, id);
  });
}
