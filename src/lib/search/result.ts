/** What a result shows, built from a document's record and, for prose matches, Pagefind's excerpt. */
import type { DocKind } from './documents.ts';
import type { Why } from './explain.ts';
import type { DocRecord } from './index-files.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  /** The document's index in the field index of its language. */
  doc: number;
  /** The model's id; other pages' URL (what tests and analytics tell results apart by). */
  id: string;
  url: string;
  name: string;
  kind: DocKind;
  year?: string;
  venue?: string;
  directions?: string;
  /** A planned station's line and year. */
  note?: string;
  /** Why it matched, when not by its name. */
  why?: Why;
  /** A sentence of the prose: the one holding the match, or the summary's first. */
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

/** A result from a document's record; `url` joined to the site base. */
export function recordHit(doc: number, record: DocRecord, kind: DocKind, base: string): SearchHit {
  const url = `${base.replace(/\/?$/, '/')}${record.u.replace(/^\//, '')}`;
  return {
    doc,
    id: kind === 'model' && record.i ? record.i : url,
    url,
    name: record.n,
    kind,
    ...(record.y ? { year: record.y } : {}),
    ...(record.v ? { venue: record.v } : {}),
    ...(record.d ? { directions: record.d } : {}),
    ...(record.o ? { note: record.o } : {}),
    excerpt: [],
  };
}
