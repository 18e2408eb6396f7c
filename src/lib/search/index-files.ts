/**
 * The field index as files, written beside the Pagefind bundle at build time and read by the browser, per
 * language:
 * - `<lang>.json`, the head: document count, each document's kind and prior, and how the rest is split; while
 *   they are small (INLINE_CHARACTERS) also the terms and the records themselves, so a first query is one request;
 * - term shards `<lang>-t<key>.json` (terms by their first characters: prefix and typo matching stay inside one
 *   shard), and record blocks `<lang>-r<n>.json` (what a result shows, for `RECORD_BLOCK` documents at a time);
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
/** Documents per record block on larger sites: a result list of ten touches at most ten small files. */
export const RECORD_BLOCK = 16;
/** Past this many documents, term shards are keyed by two characters instead of one. */
const TWO_CHARACTER_KEYS = 6000;

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
  /** Characters of a term shard key; 0 when the terms are in this file. */
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
    ts: inline ? 0 : docs.length > TWO_CHARACTER_KEYS ? 2 : 1,
    rb: inline ? 0 : RECORD_BLOCK,
    k: docs.map((d) => DOC_KINDS.indexOf(d.kind)).join(''),
    p: docs.map((d) => Math.round(d.prior * 100)),
  };
  if (inline) {
    head.t = terms;
    head.r = records;
  } else {
    const keys = new Set<string>();
    for (const [term, postings] of Object.entries(terms)) {
      keys.add(shardKey(term, head.ts));
      const name = termFile(language, shardKey(term, head.ts));
      const shard = (files.get(name) as Terms | undefined) ?? {};
      shard[term] = postings;
      files.set(name, shard);
    }
    head.s = [...keys].sort();
    for (let start = 0; start < records.length; start += head.rb)
      files.set(recordFile(language, start, head.rb), records.slice(start, start + head.rb));
  }
  files.set(`${language}.json`, head);
  files.set(facetsFile(language), facets(docs));
  return files;
}
