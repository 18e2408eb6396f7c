/** Turns Pagefind result data into what a result shows; queries meet names through the atlas's name key. */
import { ALIAS_SEPARATOR } from './facets.ts';
import { nameKey } from '../atlas/names.ts';

/** The part of Pagefind's `result.data()` the atlas uses. */
export interface PagefindData {
  url: string;
  meta: Record<string, string | undefined>;
  /** Pagefind's excerpt: page text with HTML entities escaped and matches in <mark>. */
  excerpt: string;
}

export interface Segment {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  id: string;
  url: string;
  name: string;
  kind: 'model' | 'direction' | 'page';
  year?: string;
  venue?: string;
  directions?: string;
  aliases: string[];
  paper?: string;
  arxiv?: string;
  excerpt: Segment[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into plain-text runs, marking the matches. Only <mark> and </mark> are read as markup;
 * anything else stays text, so a result is always rendered with textContent, never as HTML.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) mark = true;
    else if (/^<\/mark>$/i.test(part)) mark = false;
    else if (part) {
      const text = decode(part);
      const last = segments.at(-1);
      if (last && last.mark === mark) last.text += text;
      else segments.push({ text, mark });
    }
  }
  return segments;
}

/** A result's display fields from its Pagefind data. */
export function toHit(data: PagefindData): SearchHit {
  const m = data.meta;
  const aliases = (m.aliases ?? '')
    .split(ALIAS_SEPARATOR)
    .map((a) => a.trim())
    .filter(Boolean);
  return {
    id: m.id ?? data.url,
    url: data.url,
    name: m.title ?? data.url,
    kind: m.kind === 'model' ? 'model' : /\/directions\/[^/]+\/$/.test(data.url) ? 'direction' : 'page',
    ...(m.year ? { year: m.year } : {}),
    ...(m.venue ? { venue: m.venue } : {}),
    ...(m.directions ? { directions: m.directions } : {}),
    aliases,
    ...(m.paper ? { paper: m.paper } : {}),
    ...(m.arxiv ? { arxiv: m.arxiv } : {}),
    excerpt: excerptSegments(data.excerpt),
  };
}

/**
 * The key a query is compared with names by: the atlas's name key (case, width, spacing and punctuation do
 * not matter, "Inception-v1" = "inception v1"), after an "arXiv:" someone typed before a title.
 */
export function queryKey(text: string): string {
  return nameKey(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/^arxiv:\s*/, ''),
  );
}

/**
 * The alias a query found, when the name does not show it ("dlib" → ERT shows "dlib shape predictor"):
 * an alias containing the query, the exact one preferred.
 */
export function matchedAlias(query: string, hit: SearchHit): string | undefined {
  const q = queryKey(query);
  if (!q || queryKey(hit.name).includes(q)) return undefined;
  return hit.aliases.find((a) => queryKey(a) === q) ?? hit.aliases.find((a) => queryKey(a).includes(q));
}
