/**
 * The fields a search document is made of and how much a match in each says. One table, read by the index
 * builder (which field a word came from) and the ranker (what a match there is worth): the name says most, an
 * alias or the arXiv id almost as much; a paper title, an author or a challenge won are strong; the lines a model
 * is on, what it builds on, the benchmarks it reports and its venue only hint.
 */

export const FIELDS = [
  'name',
  'alias',
  'arxiv',
  'title',
  'author',
  'achievement',
  'method',
  'direction',
  'lineage',
  'benchmark',
  'venue',
  'year',
] as const;
export type Field = (typeof FIELDS)[number];

/** What a match in a field is worth (a whole-name match is 1). */
export const FIELD_WEIGHT: Record<Field, number> = {
  name: 1,
  alias: 0.9,
  arxiv: 0.95,
  title: 0.7,
  author: 0.75,
  achievement: 0.7,
  method: 0.5,
  direction: 0.3,
  lineage: 0.25,
  benchmark: 0.3,
  venue: 0.3,
  year: 0.2,
};

/**
 * An author's place in the list: 0 first, 1 second, 2 middle, 3 last. The first author did the work, the last
 * usually led the lab.
 */
export type AuthorRank = 0 | 1 | 2 | 3;
export const RANK_FACTOR: readonly number[] = [1, 0.9, 0.85, 0.8];

/** The place of author `i` of `n`. */
export function authorRank(i: number, n: number): AuthorRank {
  if (i === 0) return 0;
  if (i === n - 1) return 3;
  return i === 1 ? 1 : 2;
}

/** Fields whose whole text is also kept as one phrase key (a name typed in full, a title pasted). */
export const PHRASE_FIELDS: ReadonlySet<Field> = new Set([
  'name',
  'alias',
  'arxiv',
  'title',
  'author',
  'direction',
  'lineage',
  'benchmark',
]);

/** Added to a code when the posting is for a phrase key, not a word. */
export const PHRASE_FLAG = 64;

/** A field and an author rank in one small number (field × 4 + rank); below PHRASE_FLAG. */
export function fieldCode(field: Field, rank: AuthorRank = 0): number {
  return FIELDS.indexOf(field) * 4 + rank;
}

export function decodeField(code: number): { field: Field; rank: AuthorRank; phrase: boolean } {
  const plain = code & (PHRASE_FLAG - 1);
  return { field: FIELDS[plain >> 2]!, rank: (plain & 3) as AuthorRank, phrase: (code & PHRASE_FLAG) !== 0 };
}

/** What a match in a field (with its author rank) is worth, before the quality of the match. */
export function fieldWorth(code: number): number {
  const { field, rank } = decodeField(code);
  return FIELD_WEIGHT[field] * (field === 'author' ? RANK_FACTOR[rank]! : 1);
}

/** Field instances told apart within a document (its authors, aliases, results); later ones share the last. */
export const SLOTS = 64;
const CODES = 128;

/**
 * A posting packs a document, the instance of the field within it (which author, which alias) and the field
 * code into one number: (document × SLOTS + slot) × 128 + code.
 */
export function posting(doc: number, slot: number, code: number): number {
  return (doc * SLOTS + Math.min(slot, SLOTS - 1)) * CODES + code;
}

export function unpack(p: number): { doc: number; slot: number; code: number } {
  const code = p % CODES;
  const rest = (p - code) / CODES;
  return { doc: Math.floor(rest / SLOTS), slot: rest % SLOTS, code };
}
