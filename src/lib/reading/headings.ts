/**
 * Reading aids added to a rendered page, as d2l.ai and most documentation sites have them: every section
 * heading (h2, h3) in <main> gets an id and a link to itself, and a contents list placeholder
 * (`<ol data-toc-list>`) is filled from those headings. It runs on the final HTML, so sections drawn by any
 * component (facts, diagram, lineage, citation) are listed as well as the prose's, and a heading added later
 * is never missing from the list.
 *
 * The page is parsed (hast-util-from-html) only to find positions; edits are spliced into the original text,
 * so everything else stays byte for byte as Astro wrote it. Drawings are most of a model or map page's bytes
 * and never hold a section heading, so their insides are blanked (same length, so offsets hold) before the
 * parse, and the edits go in in one pass: the cost is linear in the page, not in pages × headings.
 */
import { fromHtml } from 'hast-util-from-html';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';

export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

export interface HeadingOptions {
  /** The accessible name of a heading's self-link, e.g. `Link to the section “Results”`. */
  anchorLabel: (text: string) => string;
}

interface Found extends Heading {
  node: Element;
  hasId: boolean;
  /** Visually hidden headings are listed in the contents but get no visible self-link. */
  hidden: boolean;
}

interface Edit {
  at: number;
  insert: string;
}

const HEADING_DEPTH: Record<string, 2 | 3> = { h2: 2, h3: 3 };

const classes = (node: Element): string[] => {
  const c = node.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Visible text of a heading: formulas count once (their TeX annotation and aria-hidden copy are skipped). */
function visibleText(nodes: readonly ElementContent[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.value;
      if (n.type !== 'element' || n.tagName === 'annotation' || n.properties.ariaHidden === 'true') return '';
      return visibleText(n.children);
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const containsLink = (node: Element): boolean =>
  node.children.some((c) => c.type === 'element' && (c.tagName === 'a' || containsLink(c)));

/** Section headings of <main> in document order, skipping those that are links (cards, lists of models). */
function findHeadings(root: Root): { main?: Element; headings: Found[]; ids: Set<string>; list?: Element } {
  const headings: Found[] = [];
  const ids = new Set<string>();
  let main: Element | undefined;
  let list: Element | undefined;
  const walk = (nodes: readonly (RootContent | ElementContent)[], inMain: boolean, inToc: boolean) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      if (node.tagName === 'main') main = node;
      if (node.tagName === 'template' || node.tagName === 'svg') continue;
      if ('dataTocList' in node.properties) list = node;
      const depth = HEADING_DEPTH[node.tagName];
      const insideMain = inMain || node.tagName === 'main';
      const toc = inToc || 'dataToc' in node.properties;
      if (depth && insideMain && !toc && !containsLink(node)) {
        const id = node.properties.id;
        headings.push({
          node,
          depth,
          id: typeof id === 'string' ? id : '',
          hasId: typeof id === 'string',
          hidden: classes(node).includes('visually-hidden'),
          text: visibleText(node.children),
        });
      }
      walk(node.children, insideMain, toc);
    }
  };
  walk(root.children, false, false);
  return { main, headings, ids, list };
}

/** Gives headings without an id one from their text (GitHub's slugs), never one already used on the page. */
function assignIds(headings: Found[], taken: Set<string>): void {
  const slugger = new GithubSlugger();
  for (const h of headings) {
    if (h.hasId) continue;
    let id = slugger.slug(h.text || 'section');
    while (taken.has(id)) id = slugger.slug(h.text || 'section');
    taken.add(id);
    h.id = id;
  }
}

/** The contents list: h2 entries, each with its h3 entries nested. */
export function tocItems(headings: readonly Heading[]): string {
  let html = '';
  let open = false;
  for (const h of headings) {
    const link = `<a href="#${escapeHtml(h.id)}">${escapeHtml(h.text)}</a>`;
    if (h.depth === 3 && open) {
      html += `<li>${link}</li>`;
      continue;
    }
    if (open) html += '</ol></li>';
    html += `<li>${link}<ol>`;
    open = true;
  }
  if (open) html += '</ol></li>';
  return html.replace(/<ol><\/ol>/g, '');
}

function offsets(node: Element): { start: number; end: number } {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined)
    throw new Error(`reading aids: <${node.tagName}> has no source position`);
  return { start, end };
}

function headingEdits(headings: readonly Found[], options: HeadingOptions): Edit[] {
  return headings.flatMap((h) => {
    const { start, end } = offsets(h.node);
    const id: Edit[] = h.hasId
      ? []
      : [{ at: start + `<${h.node.tagName}`.length, insert: ` id="${escapeHtml(h.id)}"` }];
    if (h.hidden) return id;
    const edits: Edit[] = [
      { at: start, insert: '<div class="heading-row">' },
      {
        at: end,
        insert: `<a class="heading-anchor" href="#${escapeHtml(h.id)}" aria-label="${escapeHtml(options.anchorLabel(h.text))}" data-pagefind-ignore>#</a></div>`,
      },
    ];
    return [...edits, ...id];
  });
}

/**
 * Applies edits from the end backwards, so earlier offsets stay valid. Edits at one offset keep their order
 * (one heading's closing </div> before the next heading's opening one), so among those the last goes in first.
 */
function splice(html: string, edits: Edit[]): string {
  const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  const parts: string[] = [];
  let from = 0;
  for (const e of ordered) {
    parts.push(html.slice(from, e.at), e.insert);
    from = e.at;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

const SVG_TAG = /<(\/?)svg(?=[\s>/])/gi;

/** Where the start tag opening at `at` ends (after its `>`), quotes respected. */
function tagEnd(html: string, at: number): number {
  let quote = '';
  for (let i = at; i < html.length; i++) {
    const c = html[i];
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

/** A page with parts cut out, and the way back from its offsets to the original's. */
interface Cut {
  text: string;
  /** The original offset of an offset in `text` (never one inside a cut-out part). */
  original: (offset: number) => number;
}

/**
 * The page without the inside of any outermost <svg>: the walk below never enters a drawing (its own tag and
 * id stay), so the parse sees the same headings, in a fraction of the text.
 */
function withoutDrawings(html: string): Cut {
  const parts: string[] = [];
  /** Per cut: where it sits in the shortened text, and how many characters were removed up to and with it. */
  const cuts: { at: number; removed: number }[] = [];
  let length = 0;
  let removed = 0;
  let from = 0;
  let depth = 0;
  let inside = 0;
  for (const m of html.matchAll(SVG_TAG)) {
    if (m.index < from) continue;
    if (m[1]) {
      if (depth > 0 && --depth === 0) {
        removed += m.index - inside;
        cuts.push({ at: length, removed });
        from = m.index;
      }
      continue;
    }
    const end = tagEnd(html, m.index);
    if (html[end - 2] === '/') continue;
    if (depth++ === 0) {
      parts.push(html.slice(from, end));
      length += end - from;
      inside = end;
    }
    from = end;
  }
  if (depth > 0) return { text: html, original: (offset) => offset }; // an unclosed drawing: parse all
  parts.push(html.slice(from));
  const original = (offset: number) => {
    let before = 0;
    for (const c of cuts) if (c.at <= offset) before = c.removed;
    return offset + before;
  };
  return { text: parts.join(''), original };
}

/** Adds heading ids and self-links, and fills the contents list if the page has one. */
export function addReadingAids(html: string, options: HeadingOptions): { html: string; headings: Heading[] } {
  const cut = withoutDrawings(html);
  const { main, headings, ids, list } = findHeadings(fromHtml(cut.text));
  if (!main || headings.length === 0) return { html, headings: [] };
  assignIds(headings, ids);
  const edits = headingEdits(headings, options);
  if (list) {
    const { end } = offsets(list);
    const closing = `</${list.tagName}>`;
    edits.push({ at: end - closing.length, insert: tocItems(headings) });
  }
  const moved = edits.map((e) => ({ ...e, at: cut.original(e.at) }));
  return { html: splice(html, moved), headings: headings.map(({ depth, id, text }) => ({ depth, id, text })) };
}
