/**
 * The text a result shows under its name: one line saying why it matched (the author, the paper title, the
 * challenge, the alias the query found) and a sentence from the prose (Pagefind's excerpt cut to the sentence
 * holding the match, or the page's summary). The query's words are marked; everything stays text.
 */
import { decodeField, type Field } from './fields.ts';
import type { DocRecord } from './index-files.ts';
import type { FieldMatch } from './rank.ts';
import type { Segment } from './result.ts';
import { fold, hasChinese, type QueryTerms } from './tokens.ts';

/** The label of each field a why-line can name; name matches need none (the name is the title). */
export type WhyLabels = Record<Exclude<Field, 'name'>, string>;

export interface Why {
  label: string;
  segments: Segment[];
}

const LATIN_WORD = /[\p{L}\p{N}]+/gu;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]+/gu;

/** Marks the query's words in a text: Latin words that start with a query word, Chinese runs of the query. */
export function markQuery(text: string, query: QueryTerms): Segment[] {
  const chars = [...text];
  const marked = new Array<boolean>(chars.length).fill(false);
  const latin = query.words.filter((w) => !hasChinese(w));
  const offsets: number[] = [];
  let at = 0;
  for (const c of chars) {
    offsets.push(at);
    at += c.length;
  }
  const charIndex = (utf16: number) => offsets.findIndex((o) => o >= utf16);
  for (const m of text.matchAll(LATIN_WORD)) {
    if (hasChinese(m[0])) continue;
    const word = fold(m[0]);
    if (!latin.some((w) => word.startsWith(w))) continue;
    const start = charIndex(m.index);
    for (let i = start; i < start + [...m[0]].length; i++) marked[i] = true;
  }
  const pairs = query.words.filter((w) => hasChinese(w));
  for (const run of text.matchAll(CJK)) {
    const runChars = [...run[0]];
    const start = charIndex(run.index);
    for (let i = 0; i < runChars.length; i++)
      for (const p of pairs) {
        const pc = [...p];
        if (pc.every((c, k) => runChars[i + k] === c)) for (let k = 0; k < pc.length; k++) marked[start + i + k] = true;
      }
  }
  const segments: Segment[] = [];
  chars.forEach((c, i) => {
    const last = segments.at(-1);
    if (last && last.mark === marked[i]) last.text += c;
    else segments.push({ text: c, mark: marked[i]! });
  });
  return segments;
}

const hasMark = (segments: readonly Segment[]) => segments.some((s) => s.mark);

/**
 * Why a result matched, when it was not its name: the field of its best match, with the texts of that field
 * that hold a query word (all authors, in order, for an author match). Undefined for name matches and pages
 * found through their prose.
 */
export function whyLine(
  record: DocRecord,
  match: FieldMatch | undefined,
  query: QueryTerms,
  labels: WhyLabels,
): Why | undefined {
  if (!match) return undefined;
  const matched = decodeField(match.code).field;
  if (matched === 'name') return undefined;
  // The field that holds most of the query says most: "ImageNet 2012 winner" is the challenge, not the title.
  const byField = new Map<Exclude<Field, 'name'>, string[]>();
  for (const [code, text] of record.f) {
    const { field } = decodeField(code);
    if (field !== 'name') byField.set(field, [...(byField.get(field) ?? []), text]);
  }
  let best: { field: Exclude<Field, 'name'>; marks: number } | undefined;
  for (const [field, texts] of byField) {
    const marks = texts.reduce((n, text) => n + markQuery(text, query).filter((s) => s.mark).length, 0);
    if (marks > (best?.marks ?? 0) || (marks === best?.marks && field === matched)) best = { field, marks };
  }
  // A typo marks nothing: name the field the match was in.
  if (!best) best = byField.has(matched) ? { field: matched, marks: 0 } : undefined;
  if (!best) return undefined;
  const texts = byField.get(best.field)!;
  const marking = texts.filter((t) => hasMark(markQuery(t, query)));
  const shown = best.field === 'author' ? texts.join(', ') : (marking.length > 0 ? marking : texts).join(' · ');
  return { label: labels[best.field], segments: markQuery(shown, query) };
}

/** A full stop that ends a sentence: not the one of "et al.", "e.g.", "Fig." or "vs.". */
const SENTENCE_END = /(?<!\b(?:al|e\.g|i\.e|Fig|Eq|vs|Sec|cf|No|vol))[.!?](?=\s|$)|[。！？]/gu;

/** The first sentence of a text (a summary's opening sentence is what the page is about). */
export function firstSentence(text: string): string {
  SENTENCE_END.lastIndex = 0;
  const end = SENTENCE_END.exec(text);
  return end ? text.slice(0, end.index + end[0].length) : text;
}

/**
 * Pagefind's excerpt (a window of words around the densest matches) cut to the sentence that holds its first
 * match: from the end of the sentence before it to the end of its own. A sentence cut by the window's edge is
 * marked with an ellipsis.
 */
export function sentenceExcerpt(segments: readonly Segment[]): Segment[] {
  const text = segments.map((s) => s.text).join('');
  const firstMark = segments.findIndex((s) => s.mark);
  if (firstMark < 0) return firstSentenceSegments(segments, text);
  const markAt = segments.slice(0, firstMark).reduce((n, s) => n + s.text.length, 0);
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  let end = text.length;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const after = m.index + m[0].length;
    if (after <= markAt) start = after;
    else {
      end = after;
      break;
    }
  }
  return slice(segments, start, end, end === text.length && !/[.!?。！？]\s*$/.test(text));
}

/**
 * Where a formula was: the index leaves formulas out (search-index.ts), so a sentence that held one reads
 * "over the triplets: with and ." or "参数量为." — a space before a stop or comma, a Chinese character before a
 * Latin full stop, an empty bracket. Such a sentence is not shown; the page's summary stands instead.
 */
const FORMULA_HOLE =
  /\s[.,;:!?)]|[\u3400-\u9fff][.,;:](?=\s|$)|\(\s*\)|（\s*）|\b(?:with|and|of|is|to|by|as|=)\s*[.,;:]/u;

/** True when a sentence reads whole: no gap left by a formula the index dropped. */
export function readsWhole(segments: readonly Segment[]): boolean {
  return !FORMULA_HOLE.test(segments.map((s) => s.text).join(''));
}

function firstSentenceSegments(segments: readonly Segment[], text: string): Segment[] {
  return slice(segments, 0, firstSentence(text).length, false);
}

/** The segments between two character offsets, trimmed, an ellipsis added where a sentence was cut. */
function slice(segments: readonly Segment[], start: number, end: number, cut: boolean): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const s of segments) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + s.text.length);
    if (to > from) out.push({ text: s.text.slice(from - at, to - at), mark: s.mark });
    at += s.text.length;
  }
  if (out.length > 0) {
    out[0]!.text = out[0]!.text.replace(/^\s+/, '');
    const last = out[out.length - 1]!;
    last.text = last.text.replace(/\s+$/, '');
    if (cut && !last.text.endsWith('…')) last.text += '…';
  }
  return out.filter((s) => s.text.length > 0);
}
