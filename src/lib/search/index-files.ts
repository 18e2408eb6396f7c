/**
 * The field index as files, written beside the Pagefind bundle at build time and read by the browser, per
 * language:
 * - `<lang>.json`, the head: document count, each document's kind and prior, and how the rest is split; while
 *   they are small (INLINE_CHARACTERS) also the terms and the records themselves, so a first query is one request;
 * - term shards `<lang>-t<key>.json` (terms by their first character, so prefix and typo matching stay inside one
 *   shard; a shard past SHARD_CHARACTERS is split by the first two), and record blocks `<lang>-r<n>.json` (what a
 *   result shows, for `RECORD_BLOCK` documents at a time);
 * - `<lang>-facets.json`: filter values and sort keys, loaded only by the results page;
 * - `<lang>-pagefind.json`: Pagefind's page hash → document, written after Pagefind, so prose matches join
 *   the field matches without fetching a Pagefind fragment.
 * Pure: the builder takes documents and returns file contents; the browser helpers only name files.
 */
import { FILTER_KEYS, type FilterKey } from './facets.ts';
import { firstSentence } from './explain.ts';
import { fieldCode, PHRASE_FIELDS, PHRASE_FLAG, posting, type Field } from './fields.ts';
import { DOC_KINDS, type DocKind, type SearchDoc } from './documents.ts';
import { phraseKey, words } from './tokens.ts';

/** Folder inside the Pagefind output. */
export const INDEX_DIR = 'atlas-index';

/**
 * Up to this many characters of terms and records, everything but facets sits in the head file (one request for
 * a first query); past it, terms go to shards and records to blocks. About 75 KB gzipped: with the interface
 * code, a first query stays under its 100 KB budget either way.
 */
export const INLINE_CHARACTERS = 240_000;
/**
 * Documents per record block on larger sites. A result list of ten touches up to ten blocks, so a block's size
 * is paid up to ten times by a first query: at 2,000 models, blocks of 16 cost ~5.6 KB gz each (over half of a
 * 100 KB budget); blocks of 4 cost ~1.6 KB, for no more requests.
 */
export const RECORD_BLOCK = 4;
/**
 * A term shard past this many characters is split by its terms' first two characters (its one-character terms
 * keep the one-character shard). The real atlas's largest shard is ~13,000 (en, "s"); on a 2,000-model atlas the
 * digits' shards reach ~100,000 (years, arXiv ids), which alone would be a third of a first query's budget. The
 * price of a split: a typo in a word's second character is not forgiven there, and a one-character query word
 * (a lone Chinese character, a digit) finds only itself, not longer terms that start with it.
 */
export const SHARD_CHARACTERS = 24_000;

/**
 * A term's postings, ascending, as the file stores them: the first, then each one's difference from the one
 * before (small numbers compress well); `decodePostings` restores them.
 */
export type Postings = number[];
export type Terms = Record<string, Postings>;

export function encodePostings(postings: readonly number[]): number[] {
  const sorted = [...postings].sort((a, b) => a - b);
  return sorted.map((p, i) => (i === 0 ? p : p - sorted[i - 1]!));
}

export function decodePostings(encoded: readonly number[]): number[] {
  let at = 0;
  return encoded.map((d) => (at += d));
}

/** What a result shows and why-lines are made of: the fields other than the name, as [code, text]. */
export interface DocRecord {
  n: string;
  u: string;
  i?: string;
  s?: string;
  y?: string;
  v?: string;
  d?: string;
  o?: string;
  f: Array<[code: number, text: string]>;
}

export interface IndexHead {
  v: 1;
  /** Documents. */
  n: number;
  /** Characters of the longest term shard key (1, or 2 once a shard is split); 0 when the terms are in this file. */
  ts: number;
  /** Documents per record block; 0 when the records are in this file. */
  rb: number;
  /** Each document's kind, one digit (index into DOC_KINDS) per document. */
  k: string;
  /** Each document's prior × 100. */
  p: number[];
  /** The keys of the term shards that exist, so the browser never asks for one that does not (a 404). */
  s?: string[];
  t?: Terms;
  r?: DocRecord[];
}

/** Per model document: year × 100 + month, name order, then the value indices of each filter; 0 for others. */
export type FacetRow = [sortYear: number, nameOrder: number, ...values: number[][]] | 0;
export interface FacetsFile {
  values: Record<FilterKey, string[]>;
  docs: FacetRow[];
}

export function kindOf(head: IndexHead, doc: number): DocKind {
  return DOC_KINDS[Number(head.k[doc])] ?? 'model';
}

/** The shard key of a term: its first `length` characters (whole characters, Chinese ones too). */
export function shardKey(term: string, length: number): string {
  return [...term].slice(0, length).join('');
}

/** File of a term shard: the key's code points in base 36, so any script makes a plain file name. */
export function termFile(language: string, key: string): string {
  return `${language}-t${[...key].map((c) => c.codePointAt(0)!.toString(36)).join('-')}.json`;
}

/**
 * The shard a term is in, given the keys of the shards that exist: its two-character key where that shard
 * exists (its one-character shard was split), else its one-character key.
 */
export function shardOf(term: string, keys: ReadonlySet<string>): string {
  const two = shardKey(term, 2);
  return [...two].length === 2 && keys.has(two) ? two : shardKey(term, 1);
}

/** The term shard files a query's words and phrase fall in, each once, only those that exist (no 404s). */
export function termFiles(language: string, head: IndexHead, words: readonly string[]): string[] {
  const keys = new Set(head.s ?? []);
  const wanted = words.filter(Boolean).map((w) => shardOf(w, keys));
  return [...new Set(wanted.filter((k) => keys.has(k)).map((k) => termFile(language, k)))].sort();
}

export function recordFile(language: string, doc: number, block: number): string {
  return `${language}-r${Math.floor(doc / block)}.json`;
}

export const facetsFile = (language: string) => `${language}-facets.json`;
export const pagefindFile = (language: string) => `${language}-pagefind.json`;

/** Every term of the documents with its postings (encoded), each (document, field code) once. */
export function buildTerms(docs: readonly SearchDoc[]): Terms {
  const terms = new Map<string, Set<number>>();
  const add = (term: string, posting: number) => {
    let set = terms.get(term);
    if (!set) terms.set(term, (set = new Set()));
    set.add(posting);
  };
  docs.forEach((doc, d) => {
    doc.fields.forEach((f, slot) => {
      const code = fieldCode(f.field, f.rank);
      for (const w of words(f.text)) add(w, posting(d, slot, code));
      const key = phraseKey(f.text);
      if (PHRASE_FIELDS.has(f.field) && key) add(key, posting(d, slot, code + PHRASE_FLAG));
    });
  });
  return Object.fromEntries(
    [...terms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, set]) => [t, encodePostings([...set])]),
  );
}

/** Fields a why-line never names: the name is the title, and lines, venue and year are on the meta line. */
const NOT_SHOWN: ReadonlySet<Field> = new Set(['name', 'direction', 'venue', 'year']);
/** A summary's opening sentence is all a result shows of it; longer ones are cut. */
const SUMMARY_CHARACTERS = 200;

/** A summary sentence as a result shows it: whole, or cut at a word with an ellipsis. */
function shortened(sentence: string): string {
  const chars = [...sentence];
  if (chars.length <= SUMMARY_CHARACTERS) return sentence;
  const cut = chars.slice(0, SUMMARY_CHARACTERS).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_CHARACTERS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

export function toRecord(doc: SearchDoc): DocRecord {
  const r: DocRecord = { n: doc.name, u: doc.path, f: [] };
  if (doc.kind !== 'planned') r.i = doc.id;
  if (doc.summary) r.s = shortened(firstSentence(doc.summary));
  if (doc.meta?.year) r.y = doc.meta.year;
  if (doc.meta?.venue) r.v = doc.meta.venue;
  if (doc.meta?.directions) r.d = doc.meta.directions;
  if (doc.meta?.note) r.o = doc.meta.note;
  const shown = new Map<string, [number, string]>();
  for (const f of doc.fields.filter((x) => !NOT_SHOWN.has(x.field))) {
    const entry: [number, string] = [fieldCode(f.field, f.rank), f.show ?? f.text];
    shown.set(entry.join(' '), entry);
  }
  r.f = [...shown.values()];
  return r;
}

/** Terms grouped into shards by first character, a group past SHARD_CHARACTERS split by the first two. */
export function shardTerms(terms: Terms): Map<string, Terms> {
  const group = (entries: Iterable<[string, Postings]>, keyOf: (term: string) => string) => {
    const out = new Map<string, Terms>();
    for (const [term, postings] of entries) {
      const key = keyOf(term);
      let shard = out.get(key);
      if (!shard) out.set(key, (shard = {}));
      shard[term] = postings;
    }
    return out;
  };
  const shards = new Map<string, Terms>();
  for (const [key, shard] of group(Object.entries(terms), (t) => shardKey(t, 1))) {
    if (JSON.stringify(shard).length <= SHARD_CHARACTERS) shards.set(key, shard);
    else for (const [k, part] of group(Object.entries(shard), (t) => shardKey(t, 2))) shards.set(k, part);
  }
  return shards;
}

function facets(docs: readonly SearchDoc[]): FacetsFile {
  const values = Object.fromEntries(FILTER_KEYS.map((k) => [k, [] as string[]])) as Record<FilterKey, string[]>;
  const indexOf = (key: FilterKey, v: string) => {
    const list = values[key];
    const at = list.indexOf(v);
    return at >= 0 ? at : list.push(v) - 1;
  };
  const names = docs
    .map((d, i) => ({ i, name: d.facets?.name }))
    .filter((x) => x.name !== undefined)
    .sort((a, b) => (a.name! < b.name! ? -1 : a.name! > b.name! ? 1 : a.i - b.i));
  const nameOrder = new Map(names.map((x, order) => [x.i, order]));
  const rows = docs.map((d, i): FacetRow => {
    if (!d.facets) return 0;
    const f = d.facets;
    return [f.year, nameOrder.get(i)!, ...FILTER_KEYS.map((k) => f.filters[k].map((v) => indexOf(k, v)))];
  });
  return { values, docs: rows };
}

/** Every index file of one language's documents, by file name. */
export function indexFiles(language: string, docs: readonly SearchDoc[]): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const terms = buildTerms(docs);
  const records = docs.map(toRecord);
  const inline = JSON.stringify(terms).length + JSON.stringify(records).length <= INLINE_CHARACTERS;
  const head: IndexHead = {
    v: 1,
    n: docs.length,
    ts: 0,
    rb: inline ? 0 : RECORD_BLOCK,
    k: docs.map((d) => DOC_KINDS.indexOf(d.kind)).join(''),
    p: docs.map((d) => Math.round(d.prior * 100)),
  };
  if (inline) {
    head.t = terms;
    head.r = records;
  } else {
    const shards = shardTerms(terms);
    for (const [key, shard] of shards) files.set(termFile(language, key), shard);
    head.s = [...shards.keys()].sort();
    head.ts = Math.max(...head.s.map((k) => [...k].length));
    for (let start = 0; start < records.length; start += head.rb)
      files.set(recordFile(language, start, head.rb), records.slice(start, start + head.rb));
  }
  files.set(`${language}.json`, head);
  files.set(facetsFile(language), facets(docs));
  return files;
}
