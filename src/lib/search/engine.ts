/**
 * The one search engine behind both views, with its files and Pagefind behind an interface (`Source`), so the
 * browser scripts only supply fetching and the rest is tested here. A search is a pipeline:
 * `terms` (the query's words and phrase) → `dictionary` (the index terms they can meet) → `scoreDocuments` →
 * prose from Pagefind when asked for (always on the results page; in the header only when the fields find fewer
 * than `fill` documents, which the box sets to one) → `mergeResults` → filters and sort → `hits` (records, why-lines, sentences) for the part shown.
 * Suggestions are the first entries of the results page's list by construction.
 */
import { applyFilters, applySort, allModels, filterCounts, type FilterCounts } from './filtering.ts';
import { firstSentence, markQuery, readsWhole, sentenceExcerpt, whyLine, type WhyLabels } from './explain.ts';
import { excerptSegments, recordHit, type SearchHit, type Segment } from './result.ts';
import { dictionary, fieldsSuffice, mergeResults, scoreDocuments, type Dictionary, type Ranked } from './rank.ts';
import { kindOf, type DocRecord, type FacetsFile, type IndexHead, type Terms } from './index-files.ts';
import { hasFilters, searchTerm, type SearchState } from './query.ts';
import { queryTerms, type QueryTerms } from './tokens.ts';

/** A page Pagefind found through its prose: the document, and its excerpt on demand (a fragment fetch). */
export interface ProseHit {
  doc: number;
  excerpt: () => Promise<string>;
}

/** Where the engine gets its data: the index files of the page's language, and Pagefind. */
export interface Source {
  head(): Promise<IndexHead>;
  /** The terms of the shards the given words and phrase fall in (all terms when the head holds them). */
  terms(head: IndexHead, keys: readonly string[]): Promise<Terms>;
  records(head: IndexHead, docs: readonly number[]): Promise<Map<number, DocRecord>>;
  facets(): Promise<FacetsFile>;
  /** Pages whose prose holds the query, best first. */
  prose(term: string): Promise<ProseHit[]>;
}

export type ProseMode = 'always' | 'if-needed' | 'never';

export interface Answer {
  query: QueryTerms;
  head: IndexHead;
  ranked: Ranked;
  prose: Map<number, ProseHit>;
}

/** The words and the phrase whose term shards a query reads. */
const termKeys = (query: QueryTerms): string[] => [query.key, ...query.words];

/**
 * Fetches what a query's first answer reads from the field index (the head and the term shards), without
 * answering: the results page calls it before its main script has loaded, and `answer` then finds the files
 * already on their way.
 */
export async function prefetchTerms(source: Source, text: string): Promise<void> {
  await source.terms(await source.head(), termKeys(queryTerms(searchTerm(text))));
}

/**
 * Runs the query over the fields and, as `mode` says, over the prose; with `if-needed`, the prose is read when
 * the fields hold fewer than `fill` full matches.
 */
export async function answer(source: Source, text: string, mode: ProseMode, fill: number): Promise<Answer> {
  const term = searchTerm(text);
  const query = queryTerms(term);
  const head = await source.head();
  const proseRun = mode === 'always' ? source.prose(term) : undefined;
  const dict: Dictionary = dictionary(await source.terms(head, termKeys(query)));
  const fields = scoreDocuments(dict, query, head.p);
  const consult = mode === 'always' || (mode === 'if-needed' && !fieldsSuffice(fields, fill));
  const proseHits = consult ? await (proseRun ?? source.prose(term)) : null;
  const ranked = mergeResults(fields, proseHits?.map((h) => h.doc) ?? null);
  return { query, head, ranked, prose: new Map((proseHits ?? []).map((h) => [h.doc, h])) };
}

/** The documents a state lists, in order: the answer's (or, with no query, every model), filtered and sorted. */
export function listed(docs: readonly number[], facets: FacetsFile | null, state: SearchState): number[] {
  if (!facets) return [...docs];
  return applySort(applyFilters(docs, facets, state), facets, state.sort);
}

/** Every model, for a state with filters or a sort but no query. */
export function browse(facets: FacetsFile, state: SearchState): number[] {
  return listed(allModels(facets), facets, state);
}

/** Filter value counts among the answer's documents (every model when there is no query). */
export function counts(result: Answer | null, facets: FacetsFile, state: SearchState): FilterCounts {
  return filterCounts(result ? result.ranked.docs : allModels(facets), facets, state);
}

/** True when a state needs the facets file before anything can be listed. */
export function needsFacets(state: SearchState): boolean {
  return hasFilters(state) || state.sort !== 'relevance' || !state.q;
}

export interface HitOptions {
  labels: WhyLabels;
  base: string;
}

/**
 * What a result shows for a document from its record alone: name, meta line, why it matched, and its summary's
 * first sentence (query words marked). `proseSentence` gives the sentence of the prose later, when there is one.
 */
export async function hits(
  source: Source,
  result: Answer | null,
  head: IndexHead,
  docs: readonly number[],
  options: HitOptions,
): Promise<SearchHit[]> {
  const records = await source.records(head, docs);
  return docs.flatMap((doc) => {
    const record = records.get(doc);
    return record ? [hitOf(doc, record, result, head, options)] : [];
  });
}

function hitOf(doc: number, record: DocRecord, result: Answer | null, head: IndexHead, options: HitOptions): SearchHit {
  const hit = recordHit(doc, record, kindOf(head, doc), options.base);
  const summary = record.s ? firstSentence(record.s) : '';
  if (!result) return { ...hit, excerpt: summary ? [{ text: summary, mark: false }] : [] };
  const why = whyLine(record, result.ranked.matches.get(doc), result.query, options.labels);
  return { ...hit, ...(why ? { why } : {}), excerpt: summary ? markQuery(summary, result.query) : [] };
}

/**
 * The sentence of a document's prose holding the query, when Pagefind found the document (a fragment fetch) and
 * the sentence reads whole (no formula gap); otherwise the summary shown at first stays.
 */
export async function proseSentence(result: Answer, doc: number): Promise<Segment[] | undefined> {
  const prose = result.prose.get(doc);
  if (!prose) return undefined;
  const sentence = sentenceExcerpt(excerptSegments(await prose.excerpt()));
  return sentence.some((s) => s.mark) && readsWhole(sentence) ? sentence : undefined;
}

/** The name a "did you mean" offers, when the query as typed matched nothing and a corrected one did. */
export async function suggestion(source: Source, result: Answer): Promise<string | undefined> {
  const doc = result.ranked.suggestion;
  if (doc === undefined) return undefined;
  return (await source.records(result.head, [doc])).get(doc)?.n;
}
