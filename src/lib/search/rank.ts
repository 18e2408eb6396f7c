/**
 * Ranking, the one engine behind the header's suggestions and the results page. A pipeline of named phases:
 * 1. `termMatches`: each query word meets the index's terms exactly, as the start of a longer term (typing), or —
 *    only when neither exists — within one or two edits (a typo; the first character is trusted);
 * 2. `phraseMatches`: the whole query as one key meets whole names, aliases, titles and author names;
 * 3. `scoreDocuments`: a document is worth its best phrase match, or the mean over the query's words of its best
 *    word match — more when one field holds them all (one author, one challenge result) than when they are spread
 *    — each weighted by field (fields.ts) and match quality, plus a small prior (how many atlas entries build on
 *    it) that orders equals: the closest and most-cited sibling first;
 * 4. `mergeResults`: documents whose fields hold every word come first, in score order; then pages whose prose
 *    holds the words (Pagefind's order); partial field matches only when there is nothing else.
 * So suggestions and results agree: both are the head of the same list, and the prose is consulted whenever the
 * fields alone do not fill what is shown.
 */
import { editDistance, editsAllowed } from './distance.ts';
import { fieldWorth, PHRASE_FLAG, unpack } from './fields.ts';
import { decodePostings, type Terms } from './index-files.ts';
import type { QueryTerms } from './tokens.ts';

/** Match quality: an exact word, the start of a longer one (more of it typed is better), a typo. */
const QUALITY = {
  exact: 1,
  prefixBase: 0.5,
  prefixTyped: 0.4,
  phrasePrefixBase: 0.8,
  phrasePrefixTyped: 0.15,
  fuzzy: [1, 0.6, 0.45],
  phraseFuzzy: [1, 0.65, 0.55],
};
/** Words matched one by one say less than the same words matched as one phrase, or all inside one field. */
const WORD_FACTOR = 0.8;
const TOGETHER_FACTOR = 0.9;
/** The prior decides between equal matches; it cannot lift a worse match over a better one. */
const PRIOR_WEIGHT = 0.05;
/** A query runs over at most this many words (the rest still reach Pagefind). */
export const MAX_WORDS = 8;

export interface TermMatch {
  term: string;
  quality: number;
  fuzzy: boolean;
}

/**
 * A dictionary of terms with its keys sorted, for prefix ranges. Postings are decoded only for the terms a query
 * meets, once each: a first query on the results page should not pay for the thousands it never touches.
 */
export interface Dictionary {
  stored: Terms;
  sorted: string[];
  decoded: Map<string, number[]>;
}

const dictionaries = new WeakMap<Terms, Dictionary>();

/** A dictionary over terms as the files store them (postings delta-encoded); one per loaded file. */
export function dictionary(stored: Terms): Dictionary {
  let dict = dictionaries.get(stored);
  if (!dict) {
    // Sorted again: an object lists keys that look like integers ("2012") before the others, whatever the file order.
    dict = { stored, sorted: Object.keys(stored).sort(), decoded: new Map() };
    dictionaries.set(stored, dict);
  }
  return dict;
}

const has = (dict: Dictionary, term: string) => Object.hasOwn(dict.stored, term);

/** A term's postings, ascending. */
function postingsOf(dict: Dictionary, term: string): number[] {
  let postings = dict.decoded.get(term);
  if (!postings) {
    postings = decodePostings(dict.stored[term] ?? []);
    dict.decoded.set(term, postings);
  }
  return postings;
}

/** Index of the first key not below `prefix`. */
function lowerBound(sorted: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function withPrefix(dict: Dictionary, prefix: string): string[] {
  const out: string[] = [];
  for (let i = lowerBound(dict.sorted, prefix); i < dict.sorted.length && dict.sorted[i]!.startsWith(prefix); i++)
    out.push(dict.sorted[i]!);
  return out;
}

/** Terms within the edits a word allows, sharing its first character. */
function nearTerms(dict: Dictionary, word: string): Array<{ term: string; edits: number }> {
  const max = editsAllowed(word);
  if (max === 0) return [];
  const first = [...word][0]!;
  const out: Array<{ term: string; edits: number }> = [];
  for (const term of withPrefix(dict, first)) {
    const edits = editDistance(word, term, max);
    if (edits <= max) out.push({ term, edits });
  }
  return out;
}

/** Phase 1: the terms a query word matches. */
export function termMatches(dict: Dictionary, word: string): TermMatch[] {
  const out: TermMatch[] = [];
  if (has(dict, word)) out.push({ term: word, quality: QUALITY.exact, fuzzy: false });
  for (const term of withPrefix(dict, word))
    if (term !== word) {
      const typed = [...word].length / [...term].length;
      out.push({ term, quality: QUALITY.prefixBase + QUALITY.prefixTyped * typed, fuzzy: false });
    }
  if (out.length > 0) return out;
  return nearTerms(dict, word).map(({ term, edits }) => ({ term, quality: QUALITY.fuzzy[edits]!, fuzzy: true }));
}

/** Phase 2: the phrase terms the whole query matches (whole, as the start of a longer one, or with a typo). */
export function phraseMatches(dict: Dictionary, key: string): TermMatch[] {
  if ([...key].length < 2) return [];
  const out: TermMatch[] = [];
  if (has(dict, key)) out.push({ term: key, quality: QUALITY.exact, fuzzy: false });
  for (const term of withPrefix(dict, key))
    if (term !== key) {
      const typed = [...key].length / [...term].length;
      out.push({ term, quality: QUALITY.phrasePrefixBase + QUALITY.phrasePrefixTyped * typed, fuzzy: false });
    }
  if (out.length > 0) return out;
  return nearTerms(dict, key).map(({ term, edits }) => ({ term, quality: QUALITY.phraseFuzzy[edits]!, fuzzy: true }));
}

export interface FieldMatch {
  doc: number;
  score: number;
  /** Every query word (or the whole query) matched in the fields. */
  full: boolean;
  /** Only typos matched: the query as typed names nothing. */
  fuzzy: boolean;
  /** Field code of the best match, for the line that says why the result matched. */
  code: number;
}

interface Best {
  value: number;
  fuzzy: boolean;
  code: number;
}

const better = (a: Best | undefined, value: number, fuzzy: boolean, code: number): Best =>
  a && a.value >= value ? a : { value, fuzzy, code };

/** Per document, a query word's best match overall and in each field instance. */
interface WordHits {
  best: Best;
  bySlot: Map<number, number>;
}

function wordHits(dict: Dictionary, word: string): Map<number, WordHits> {
  const out = new Map<number, WordHits>();
  for (const m of termMatches(dict, word))
    for (const p of postingsOf(dict, m.term)) {
      const { doc, slot, code } = unpack(p);
      const value = fieldWorth(code) * m.quality;
      const hit = out.get(doc);
      if (!hit) out.set(doc, { best: { value, fuzzy: m.fuzzy, code }, bySlot: new Map([[slot, value]]) });
      else {
        hit.best = better(hit.best, value, m.fuzzy, code);
        hit.bySlot.set(slot, Math.max(hit.bySlot.get(slot) ?? 0, value));
      }
    }
  return out;
}

function phraseHits(dict: Dictionary, key: string): Map<number, Best> {
  const out = new Map<number, Best>();
  for (const m of phraseMatches(dict, key))
    for (const p of postingsOf(dict, m.term)) {
      const { doc, code } = unpack(p);
      if ((code & PHRASE_FLAG) === 0) continue;
      out.set(doc, better(out.get(doc), fieldWorth(code) * m.quality, m.fuzzy, code));
    }
  return out;
}

/** The mean over the words of their best match, higher when a single field instance holds every word. */
function wordScore(hits: Array<WordHits | undefined>): number {
  const matched = hits.filter((h): h is WordHits => h !== undefined);
  if (matched.length === 0) return 0;
  const spread = (WORD_FACTOR * matched.reduce((s, h) => s + h.best.value, 0)) / hits.length;
  if (matched.length < hits.length || hits.length < 2) return spread;
  let together = 0;
  for (const [slot] of matched[0]!.bySlot) {
    const values = matched.map((h) => h.bySlot.get(slot));
    if (values.every((v) => v !== undefined))
      together = Math.max(together, (TOGETHER_FACTOR * values.reduce<number>((s, v) => s + (v ?? 0), 0)) / hits.length);
  }
  return Math.max(spread, together);
}

/** Phase 3: every document a field matches, scored. `priors` are 0..100 per document. */
export function scoreDocuments(dict: Dictionary, query: QueryTerms, priors: readonly number[]): FieldMatch[] {
  const words = query.words.slice(0, MAX_WORDS);
  const perWord = words.map((w) => wordHits(dict, w));
  const phrase = phraseHits(dict, query.key);
  const docs = new Set([...phrase.keys(), ...perWord.flatMap((m) => [...m.keys()])]);
  const out: FieldMatch[] = [];
  for (const doc of docs) {
    const hits = perWord.map((m) => m.get(doc));
    const matched = hits.filter((h): h is WordHits => h !== undefined).map((h) => h.best);
    const byWords = wordScore(hits);
    const p = phrase.get(doc);
    const viaPhrase = p !== undefined && p.value >= byWords;
    const top = viaPhrase
      ? p
      : matched.reduce<Best | undefined>((a, b) => (a && a.value >= b.value ? a : b), undefined);
    out.push({
      doc,
      score: Math.max(p?.value ?? 0, byWords) + (PRIOR_WEIGHT * (priors[doc] ?? 0)) / 100,
      full: p !== undefined || (words.length > 0 && matched.length === words.length),
      fuzzy: viaPhrase ? p.fuzzy : matched.length > 0 && matched.every((b) => b.fuzzy),
      code: (top?.code ?? 0) & (PHRASE_FLAG - 1),
    });
  }
  return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

export interface Ranked {
  /** Documents in order. */
  docs: number[];
  /** The field match of a document, when its fields matched. */
  matches: Map<number, FieldMatch>;
  /** Whether the prose was consulted; when not, the list holds only full field matches. */
  complete: boolean;
  /** The name to suggest when the query as typed matches nothing and a typo-corrected one does. */
  suggestion?: number;
}

/**
 * Phase 4: field matches holding every word first, then prose matches (`prose`, in Pagefind's order; null when
 * not consulted), then — only when both are empty — partial field matches.
 */
export function mergeResults(fieldMatches: readonly FieldMatch[], prose: readonly number[] | null): Ranked {
  const full = fieldMatches.filter((m) => m.full);
  const docs = full.map((m) => m.doc);
  const seen = new Set(docs);
  for (const d of prose ?? [])
    if (!seen.has(d)) {
      docs.push(d);
      seen.add(d);
    }
  if (docs.length === 0 && prose !== null) docs.push(...fieldMatches.filter((m) => !m.full).map((m) => m.doc));
  const matches = new Map(fieldMatches.map((m) => [m.doc, m]));
  const first = matches.get(docs[0] ?? -1);
  const proseFound = (prose ?? []).some((d) => !matches.has(d));
  return {
    docs,
    matches,
    complete: prose !== null,
    ...(first?.fuzzy && first.full && !proseFound ? { suggestion: first.doc } : {}),
  };
}

/** True when the fields alone fill `count` places, so the prose cannot change what is shown. */
export function fieldsSuffice(fieldMatches: readonly FieldMatch[], count: number): boolean {
  let full = 0;
  for (const m of fieldMatches) if (m.full && ++full >= count) return true;
  return false;
}
