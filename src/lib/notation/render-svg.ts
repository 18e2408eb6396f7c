/**
 * Draws a graph as a standalone SVG string in the atlas's one notation: a pure, deterministic function of the
 * graph and the options. Compact view merges conv+pool and shows a repeated block once with ×N; expanded view
 * shows every layer. Flow runs left to right, wrapping into rows; each row has a strip of feature-map sizes and,
 * when tensors are read across it, a band of links above it. Several networks (a generator and its
 * discriminator) can be drawn as one figure, one panel each with its own totals.
 *
 * The pipeline is `drawPanel`: structures → visual items (render/visuals.ts) → rows → plan of links → each row
 * tried, its band planned (render/links.ts), then drawn (render/draw.ts) with its band and size strip; then
 * `document` wraps the panels with title, description, style sheet and icon definitions.
 */
import { sumNodes } from './count.ts';
import type { Graph, GraphNode } from './graph.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { notationStrings } from '../i18n/strings/notation.ts';
import { ICONS, styleSheet } from './icons.ts';
import { compactPath } from '../svg.ts';
import { formatShape, type Family, type Shape } from './layers/index.ts';
import { Drawer, type Extent, type Span } from './render/draw.ts';
import { GAP } from './render/metrics.ts';
import { compactNumber, esc, group3, r1, spatialSize, textWidth } from './render/labels.ts';
import { drawBand, planBand, planLinks, type Band, type LinkPlan } from './render/links.ts';
import { lastNode, Visualiser, type Visual, type VisualFrame, type VisualSeq } from './render/visuals.ts';
import { inEvery, joinSaid, languageSwitch, widest, writeSaid, type Words, type Written } from './render/words.ts';

export interface RenderOptions {
  view: 'compact' | 'expanded';
  /**
   * The language of the text: one (a page's copy), or `all` for a file in every language, which shows the one
   * its URL fragment names (`#zh-CN`; English without one). The layout is the same either way.
   */
  lang: Locale | 'all';
  /**
   * Prefix for element ids, unique per diagram on a page; default derived from model, variant and view, and
   * none for a file in every language, which is always a document of its own (its fragment picks the language).
   */
  idPrefix?: string;
  /** Width at which the diagram wraps into a new row (default DEFAULT_MAX_WIDTH, 1100). */
  maxWidth?: number;
}

const MARGIN = 12;
/** Height of the feature-map size strip under each row. */
const STRIP = 14;
/** Space between a row's strip and the next row. */
const ROW_GAP = 12;
/** Default width at which a diagram wraps into a new row. */
const DEFAULT_MAX_WIDTH = 1100;
/** Left edge of the rows (room for the connector that brings the flow back from the end of a row). */
const X0 = MARGIN + 10;
/** Height of a panel's heading in a figure of several networks. */
const HEADING = 18;

/** Where a row ended: the connector to the next row starts there. */
interface RowEnd {
  x: number;
  a: number;
  bottom: number;
}

/** A drawn network: its drawer's output, the strips, and how far it reaches. */
interface Panel {
  drawer: Drawer;
  strips: string[];
  right: number;
  bottom: number;
}

/**
 * A compact repeat too wide for a row (StyleGAN's eight resolutions) is cut between its runs into frames that
 * fit, the later ones labelled as continuing it; each keeps the nodes of its own runs, so links and tags
 * still find where a tensor is made.
 */
function splitWideFrames(d: Drawer, visuals: Visual[], maxWidth: number, byId: (id: string) => GraphNode): Visual[] {
  return visuals.flatMap((v): Visual[] => {
    if (v.kind !== 'frame' || v.runs.length < 2 || d.measure(v).w <= maxWidth - X0) return [v];
    const chunks: VisualFrame['runs'][] = [[]];
    for (const run of v.runs) {
      const chunk = chunks[chunks.length - 1]!;
      const trial: VisualFrame = { ...v, runs: [...chunk, run] };
      if (chunk.length && d.measure(trial).w > maxWidth - X0) chunks.push([run]);
      else chunk.push(run);
    }
    const { links, detached, ...frame } = v;
    return chunks.map((runs, i): VisualFrame => {
      const nodes = runs.flatMap((r) => r.nodes);
      const rest = { ...frame, label: i === 0 ? v.label : `… ${v.label}`, runs, nodes, last: byId(nodes.at(-1)!) };
      // The first part reads what the repeat reads; the others continue its flow.
      return i === 0 ? { ...rest, links, ...(detached ? { detached } : {}) } : { ...rest, links: [] };
    });
  });
}

/** Greedy wrapping of the top-level items into rows no wider than maxWidth (an item wider than that alone). */
function wrapRows(d: Drawer, visuals: Visual[], maxWidth: number): Visual[][] {
  const rows: Visual[][] = [[]];
  let width = 0;
  for (const v of visuals) {
    const w = d.measure(v).w;
    const row = rows[rows.length - 1]!;
    if (row.length && width + GAP + w > maxWidth) {
      rows.push([v]);
      width = w;
    } else {
      row.push(v);
      width += (row.length > 1 ? GAP : 0) + w;
    }
  }
  return rows;
}

/** The line from the end of one row, down past its strip, back to the start of the next. */
function rowConnector(d: Drawer, from: RowEnd, a: number): void {
  const mid = from.bottom + 5;
  d.edges.push(`M${r1(from.x)} ${r1(from.a)}H${r1(from.x + 8)}V${r1(mid)}H${r1(X0 - 8)}V${r1(a)}H${r1(X0)}`);
}

/** A stretch of the strip: where it ends and the shapes under it. */
interface Segment {
  end: number;
  shapes: Shape[];
}

/** The distinct sizes of some shapes, largest map first. */
function distinctSizes(shapes: Shape[]): Shape[] {
  const bySize = new Map<string, Shape>();
  for (const shape of shapes) if (!bySize.has(spatialSize(shape))) bySize.set(spatialSize(shape), shape);
  const area = (shape: Shape) => (shape.length === 1 ? shape[0]! : shape.slice(1).reduce((p, v) => p * v, 1));
  return [...bySize.values()].sort((a, b) => area(b) - area(a));
}

/**
 * What a segment's label says: one size; for vectors side by side (a head's scores and boxes), each length in
 * branch order; else the range of sizes under it, largest–smallest.
 */
const sizeKey = (shapes: Shape[]): string => {
  const sizes = distinctSizes(shapes);
  if (sizes.length === 1) return spatialSize(sizes[0]!);
  if (shapes.every((shape) => shape.length === 1)) return [...new Set(shapes.map((shape) => shape[0]))].join(' / ');
  return `${spatialSize(sizes[0]!)}–${spatialSize(sizes.at(-1)!)}`;
};

/** The label that fits the width: the sizes in full, or a square map as 56²; a range that fits in neither, none. */
function stripLabel(shapes: Shape[], width: number): string | null {
  const sizes = distinctSizes(shapes);
  const short = (shape: Shape) => (shape.length === 3 && shape[1] === shape[2] ? `${shape[1]}²` : spatialSize(shape));
  if (sizes.length === 1) return textWidth(spatialSize(sizes[0]!)) <= width ? spatialSize(sizes[0]!) : short(sizes[0]!);
  const full = sizeKey(shapes);
  const brief = shapes.every((shape) => shape.length === 1) ? full : `${short(sizes[0]!)}–${short(sizes.at(-1)!)}`;
  return textWidth(full) <= width ? full : textWidth(brief) <= width ? brief : null;
}

/**
 * The segments under one top-level item: one when everything drawn in it has one size (or nothing is drawn:
 * its output's), else one per group of overlapping icons, cut halfway between groups, so a repeat, a head or
 * parallel branches that change the size show each size where it is.
 */
function itemSegments(x: number, end: number, spans: Span[], fallback: Shape): Segment[] {
  const inside = spans.filter((s) => s.x0 >= x - 0.5 && s.x1 <= end + 0.5).sort((a, b) => a.x0 - b.x0);
  if (new Set(inside.map((s) => sizeKey(s.shapes))).size < 2) return [{ end, shapes: inside[0]?.shapes ?? [fallback] }];
  const groups: Span[] = [];
  for (const s of inside) {
    const g = groups.at(-1);
    if (g && s.x0 < g.x1)
      groups[groups.length - 1] = { x0: g.x0, x1: Math.max(g.x1, s.x1), shapes: [...g.shapes, ...s.shapes] };
    else groups.push({ ...s });
  }
  return groups.map((g, i) => ({
    end: i + 1 < groups.length ? (g.x1 + groups[i + 1]!.x0) / 2 : end,
    shapes: g.shapes,
  }));
}

/**
 * The strip of feature-map sizes under a row: one band per stretch of the same size, labelled when the size
 * changes (or at the start of the row), from where the row's icons were drawn (`spans`). Returns the last
 * label, which the next row continues.
 */
function sizeStrip(
  d: Drawer,
  row: Visual[],
  spans: Span[],
  stripY: number,
  previousSize: string,
  strips: string[],
): string {
  const segments: Segment[] = [];
  let cx = X0;
  row.forEach((item, i) => {
    const w = d.measure(item).w;
    const end = cx + w + (i + 1 < row.length ? GAP / 2 : 0);
    for (const seg of itemSegments(cx, cx + w, spans, lastNode(item).shape)) {
      const prev = segments.at(-1);
      const segEnd = seg.end === cx + w ? end : seg.end;
      if (prev && sizeKey(prev.shapes) === sizeKey(seg.shapes)) prev.end = segEnd;
      else segments.push({ end: segEnd, shapes: seg.shapes });
    }
    cx += w + GAP;
  });
  let runStart = X0;
  for (const seg of segments) {
    const size = sizeKey(seg.shapes);
    strips.push(
      `<rect class="nt-b" x="${r1(runStart)}" y="${r1(stripY)}" width="${r1(Math.max(1, seg.end - runStart - 1))}" height="${STRIP}"/>`,
    );
    const label = stripLabel(seg.shapes, seg.end - runStart - 2);
    if (label && (size !== previousSize || runStart === X0)) {
      strips.push(
        `<text class="nt-t nt-d" x="${r1((runStart + seg.end) / 2)}" y="${r1(stripY + 10)}">${esc(label)}</text>`,
      );
    }
    previousSize = size;
    runStart = seg.end + 1;
  }
  return previousSize;
}

/** Draws the row once at a trial height to see where its links land, and plans its band from that. */
function trialBand(d: Drawer, seq: VisualSeq, plan: LinkPlan, row: number): Band {
  if (plan.arcs.size === 0 && plan.tagged.size === 0 && !hasLinks(seq)) return { entries: [], height: 0 };
  const restore = d.mark();
  const first = d.landings.length;
  d.draw(seq, X0, 0);
  const band = planBand(d, plan, row, d.landings.slice(first));
  restore();
  return band;
}

const hasLinks = (v: Visual | VisualSeq): boolean =>
  v.kind === 'seq'
    ? v.items.some(hasLinks)
    : v.links.length > 0 ||
      (v.kind === 'parallel' && v.branches.some(hasLinks)) ||
      (v.kind === 'residual' && (hasLinks(v.main) || hasLinks(v.side))) ||
      (v.kind === 'frame' && v.runs.some((r) => hasLinks(r.seq))) ||
      (v.kind === 'head' && hasLinks(v.seq)) ||
      (v.kind === 'cell' && v.items.some((i) => hasLinks(i.seq)));

/** Draws one network's rows from `top` down. */
function drawPanel(graph: Graph, opts: Settings, top: number): Panel {
  const d = new Drawer(graph, { written: opts.written, idPrefix: opts.idPrefix });
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const visuals = splitWideFrames(d, new Visualiser(graph, opts.view).visuals(graph.root), opts.maxWidth, (id) =>
    byId.get(id)!,
  );
  const rows = wrapRows(d, visuals, opts.maxWidth);
  const plan = planLinks(rows);
  const strips: string[] = [];
  let right = 0;
  let previousEnd: RowEnd | null = null;
  let previousSize = '';
  rows.forEach((row, r) => {
    d.row = r;
    const seq: VisualSeq = { kind: 'seq', items: row };
    const box: Extent = d.measure(seq);
    const band = trialBand(d, seq, plan, r);
    const a = top + band.height + box.up;
    if (previousEnd && !row[0]?.detached) rowConnector(d, previousEnd, a);
    const first = d.landings.length;
    const firstSpan = d.spans.length;
    d.draw(seq, X0, a);
    if (band.entries.length) drawBand(d, band, d.landings.slice(first), a - box.up);
    const stripY = a + box.down + 6;
    previousSize = sizeStrip(d, row, d.spans.slice(firstSpan), stripY, previousSize, strips);
    right = Math.max(right, X0 + box.w);
    previousEnd = { x: X0 + box.w, a, bottom: stripY + STRIP };
    top = stripY + STRIP + ROW_GAP;
  });
  return { drawer: d, strips, right, bottom: top - ROW_GAP };
}

/** The icon families a drawing uses, in name order. */
function usedFamilies(out: string, idPrefix: string): Family[] {
  const used = new Set<Family>();
  const href = new RegExp(`href="#${idPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([a-z]+)"`, 'g');
  for (const m of out.matchAll(href)) used.add(m[1] as Family);
  return [...used].sort();
}

interface DocumentParts {
  opts: Settings;
  title: Words;
  desc: Words;
  panels: Panel[];
  /** Headings of the panels (figures only). */
  extra: string;
  width: number;
  height: number;
}

function document({ opts, title, desc, panels, extra, width, height }: DocumentParts): string {
  const { written, view, idPrefix } = opts;
  const languages = languageSwitch(written);
  const out = panels.map((p) => p.drawer.out.join('')).join('') + extra;
  const families = usedFamilies(out, idPrefix);
  // Each family's class (stroke and fill) is on its definition, not on each of its many uses.
  const defs = families.map((f) => `<g id="${idPrefix}${f}" class="nt-n nt-${f}">${ICONS[f].body}</g>`).join('');
  const edges = panels.flatMap((p) => p.drawer.edges).join('');
  const skips = panels.flatMap((p) => p.drawer.skips).join('');
  const refs = panels.flatMap((p) => p.drawer.refs).join('');
  const features = {
    ref: out.includes('class="nt-r"'),
    tags: out.includes('class="nt-tg"'),
    headings: extra !== '',
    captions: out.includes('class="nt-c"'),
    refs: refs !== '',
  };
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="nt nt-${view}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${idPrefix}title ${idPrefix}desc" lang="${written[0]}">` +
    `<title id="${idPrefix}title">${esc(joinSaid(title, written))}</title><desc id="${idPrefix}desc">${esc(joinSaid(desc, written, ' '))}</desc>` +
    languages.targets +
    `<style>${styleSheet(families, features)}${languages.css}</style><defs>${defs}</defs>` +
    panels.flatMap((p) => p.strips).join('') +
    `<path class="nt-e" d="${compactPath(edges)}"/>` +
    (skips ? `<path class="nt-s" d="${compactPath(skips)}"/>` : '') +
    (refs ? `<path class="nt-s nt-l" d="${compactPath(refs)}"/>` : '') +
    out +
    '</svg>'
  );
}

/** A network's totals in a sentence: layers, parameters, multiply-adds, input. */
function describe(graph: Graph): Words {
  const totals = sumNodes(graph.nodes);
  const layers = graph.nodes.filter((n) => n.type !== 'input' && n.family !== 'split').length;
  return inEvery((lang) =>
    notationStrings(lang).diagramSummary({
      layers,
      params: group3(totals.params),
      multAdds: compactNumber(totals.mult_adds, lang),
      input: formatShape(graph.input),
    }),
  );
}

/** A short hash (FNV-1a, base 36) of a string, for ids that must differ between diagrams. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/**
 * Default id prefix: unique per model, variant and view, so several diagrams can share a page; short, because
 * every icon names its definition with it.
 */
export function defaultIdPrefix(graph: Graph, view: RenderOptions['view']): string {
  return `nt${shortHash(`${graph.model}/${graph.variant.id}/${view}`)}-`;
}

/** The options as the renderer uses them: every default filled in, and the languages to write. */
interface Settings {
  view: RenderOptions['view'];
  written: Written;
  idPrefix: string;
  maxWidth: number;
}

function fullOptions(options: RenderOptions, idPrefix: string): Settings {
  return {
    view: options.view,
    written: options.lang === 'all' ? LOCALES : [options.lang],
    idPrefix: options.idPrefix ?? (options.lang === 'all' ? '' : idPrefix),
    maxWidth: options.maxWidth ?? DEFAULT_MAX_WIDTH,
  };
}

/** A standalone SVG document (xmlns, title, desc, viewBox, no scripts) for one graph in one view. */
export function renderArchitectureSvg(graph: Graph, options: RenderOptions): string {
  const opts = fullOptions(options, defaultIdPrefix(graph, options.view));
  const panel = drawPanel(graph, opts, MARGIN);
  return document({
    opts,
    title: inEvery((lang) => notationStrings(lang).diagramTitle(graph.variant.name, opts.view)),
    desc: describe(graph),
    panels: [panel],
    extra: '',
    width: Math.ceil(panel.right + 10 + MARGIN),
    height: Math.ceil(panel.bottom + MARGIN),
  });
}

/** Headings are 10 px where labels are 9 px. */
const HEADING_SCALE = 10 / 9;

/** What a panel's heading says after the network's name: its totals, and whether it is fixed or feeds another. */
function headingText(graph: Graph, lang: Locale, feeds: string[]): string {
  const t = notationStrings(lang);
  const totals = sumNodes(graph.nodes);
  const counts = `${compactNumber(totals.params, lang)} ${t.tipParams} · ${compactNumber(totals.mult_adds, lang)} ${t.tipMultAdds}`;
  const notes = [graph.fixed ? t.fixedNote : '', feeds.length ? `${t.feedsNote} ${feeds.join(', ')}` : '']
    .filter(Boolean)
    .map((n) => ` · ${n}`)
    .join('');
  return counts + notes;
}

/** A panel's heading in the written languages, and its width (the widest language's). */
function heading(graph: Graph, written: Written, y: number, feeds: string[]): { svg: string; width: number } {
  const name = graph.variant.name;
  const text = inEvery((lang) => headingText(graph, lang, feeds));
  return {
    svg: writeSaid(
      text,
      written,
      (t, lang, attrs) =>
        `<text class="nt-h${lang}" x="${MARGIN}" y="${r1(y)}"${attrs}><tspan class="nt-hn">${esc(name)}</tspan> ${t}</text>`,
    ),
    width: MARGIN + widest(text, (t) => textWidth(`${name} ${t}`)) * HEADING_SCALE * 1.05,
  };
}

/**
 * Several networks drawn as one figure (a GAN's generator and discriminator, CycleGAN's two of each), one panel
 * each under a heading with its own totals; `feeds` names, per network id, the networks its output goes to.
 */
export function renderFigureSvg(
  graphs: readonly Graph[],
  options: RenderOptions & { name: string; feeds?: Record<string, string[]> },
): string {
  const first = graphs[0]!;
  const opts = fullOptions(
    options,
    `nt${shortHash(`${first.model}/${first.figure ?? first.network.id}/${options.view}`)}-`,
  );
  const panels: Panel[] = [];
  let headings = '';
  let headingWidth = 0;
  let top = MARGIN;
  graphs.forEach((graph, i) => {
    const feeds = (options.feeds?.[graph.network.id] ?? []).map(
      (id) => graphs.find((g) => g.network.id === id)?.variant.name ?? id,
    );
    const h = heading(graph, opts.written, top + 10, feeds);
    headings += h.svg;
    headingWidth = Math.max(headingWidth, h.width);
    const panel = drawPanel(graph, { ...opts, idPrefix: opts.idPrefix }, top + HEADING);
    panels.push(panel);
    top = panel.bottom + (i < graphs.length - 1 ? ROW_GAP * 2 : 0);
  });
  const desc = inEvery((lang) => graphs.map((g) => `${g.variant.name}: ${describe(g)[lang]}`).join(' '));
  return document({
    opts,
    title: inEvery((lang) => notationStrings(lang).figureTitle(options.name, graphs.length, opts.view)),
    desc,
    panels,
    extra: headings,
    width: Math.ceil(Math.max(headingWidth, ...panels.map((p) => p.right)) + 10 + MARGIN),
    height: Math.ceil(top + MARGIN),
  });
}
