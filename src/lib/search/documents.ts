/**
 * What search knows about each page, per language, taken from the content itself (facts, directions, prose
 * summaries), never from the rendered HTML: a model's names, aliases, arXiv id, paper title, authors in order,
 * challenge results as words, its lines, what it builds on, the benchmarks it reports, venue and year; a
 * direction's names in both languages and the parts of them people type (the bracketed "OCR", the initials
 * "GAN"); planned stations, which have no page yet. The prose itself is Pagefind's (search-index.ts).
 * Nothing here is a list of query → answer: every term comes from a content file.
 */
import type { LoadedContent } from '../content/load.ts';
import type { LoadedCatalogue } from '../content/load-catalogue.ts';
import type { Benchmark, Direction, MethodFacts, ModelFacts } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { routePath } from '../i18n/routes.ts';
import { searchStrings } from '../i18n/strings/search.ts';
import { authorRank, type AuthorRank, type Field } from './fields.ts';
import { modelSearchRecord, type FilterValues } from './facets.ts';
import { hasChinese } from './tokens.ts';

export const DOC_KINDS = ['model', 'direction', 'planned', 'method', 'benchmark'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export interface DocField {
  field: Field;
  text: string;
  rank?: AuthorRank;
  /** What a result shows when this field matched, when not the text itself (a parent's name for its alias). */
  show?: string;
}

export interface SearchDoc {
  kind: DocKind;
  /** Model, direction, method or benchmark id; a planned station's is `<direction>/<name key>`. */
  id: string;
  /** Page path relative to the site base (`en/models/resnet/`). */
  path: string;
  name: string;
  fields: DocField[];
  /** How central the page is in the atlas, 0..1: the ranker's tie-breaker between equal matches. */
  prior: number;
  /** One sentence saying what the page is about. */
  summary?: string;
  /** The result's second line: year, venue and lines for a model, a note for a planned station. */
  meta?: { year?: string; venue?: string; directions?: string; note?: string };
  /** Filter values and sort keys; only models have them (a filtered search lists models). */
  facets?: { filters: FilterValues; year: number; name: string };
}

export interface SearchContent {
  models: readonly ModelFacts[];
  directions: readonly Direction[];
  methods: readonly MethodFacts[];
  benchmarks: readonly Benchmark[];
  /** A model's or a method's summary in a language (prose frontmatter). */
  summary: (id: string, locale: Locale) => string | undefined;
  /** The ids of the methods a model introduces or uses (src/lib/methods/usage.ts). */
  methodsOf: (modelId: string) => readonly string[];
}

/**
 * The search's view of loaded content: facts, directions, methods and benchmarks, each prose file's summary, and
 * which methods each model uses (computed from the layer specs and the facts by the caller).
 */
export function searchContent(
  loaded: Pick<LoadedContent, 'models' | 'directions' | 'prose'>,
  catalogue: Pick<LoadedCatalogue, 'methods' | 'methodProse' | 'benchmarks'> = {
    methods: [],
    methodProse: [],
    benchmarks: [],
  },
  methodsOf: ReadonlyMap<string, readonly string[]> = new Map(),
): SearchContent {
  const summaries = new Map(
    [
      ...loaded.prose.map((p) => ({ id: p.model, ...p })),
      ...catalogue.methodProse.map((p) => ({ id: p.method, ...p })),
    ].map((p) => [`${p.id}/${p.locale}`, p.data.summary]),
  );
  return {
    models: loaded.models.map((m) => m.data),
    directions: loaded.directions.map((d) => d.data),
    methods: catalogue.methods.map((m) => m.data),
    benchmarks: catalogue.benchmarks.map((b) => b.data),
    summary: (id, locale) => summaries.get(`${id}/${locale}`),
    methodsOf: (id) => methodsOf.get(id) ?? [],
  };
}

const OTHER: Record<Locale, Locale> = { en: 'zh-CN', 'zh-CN': 'en' };

/** Words too small to stand for a word in an initialism ("Text detection & recognition" → TDR, not TD&R). */
const NOT_INITIALS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'with', 'to', 'a', 'an']);

/**
 * The parts of a direction's name a reader types: the name without its bracket, the bracket's content, each
 * side of a slash, and the initials of a name of two or more words ("Generative adversarial networks" → GAN).
 */
export function nameParts(name: string): string[] {
  const parts = new Set<string>();
  const bare = name.replace(/[(（][^)）]*[)）]/g, ' ').trim();
  for (const inner of name.matchAll(/[(（]([^)）]+)[)）]/g))
    for (const p of inner[1]!.split(/[,，、]/)) parts.add(p.trim());
  for (const side of bare.split(/\s*[/／]\s*/)) parts.add(side.trim());
  const latinWords = bare.split(/[\s/&-]+/).filter((w) => /^[A-Za-z]/.test(w) && !NOT_INITIALS.has(w.toLowerCase()));
  if (latinWords.length >= 2 && latinWords.length <= 5) parts.add(latinWords.map((w) => w[0]!.toUpperCase()).join(''));
  parts.delete(name);
  parts.delete('');
  return [...parts];
}

/**
 * The benchmark a result's dataset names, without its protocol details: "MegaFace Challenge 1 (FaceScrub
 * probes, 1M distractors, …)" → "MegaFace Challenge 1", "ImageNet (ILSVRC 2012)" stays.
 */
export function benchmarkName(dataset: string): string {
  const head = dataset.split(/[,;]/)[0]!.trim();
  const open = head.lastIndexOf('(');
  return (open > 0 && !head.includes(')', open) ? head.slice(0, open) : head).trim();
}

/** How many models build on each model: the atlas's own count of who cites whom. */
export function builderCounts(models: readonly ModelFacts[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of models) for (const b of m.builds_on) counts.set(b.model, (counts.get(b.model) ?? 0) + 1);
  return counts;
}

/** 0..1 on a log scale, so the tenth builder matters less than the first. */
function priorOf(count: number, most: number): number {
  return most === 0 ? 0 : Math.log1p(count) / Math.log1p(most);
}

function modelFields(facts: ModelFacts, content: SearchContent, locale: Locale): DocField[] {
  const t = searchStrings(locale);
  const byId = new Map(content.models.map((m) => [m.id, m]));
  const directionName = new Map(content.directions.map((d) => [d.id, d.name[locale]]));
  const fields: DocField[] = [{ field: 'name', text: facts.name }];
  for (const alias of facts.aliases) fields.push({ field: 'alias', text: alias });
  if (facts.paper.arxiv) fields.push({ field: 'arxiv', text: facts.paper.arxiv });
  fields.push({ field: 'title', text: facts.paper.title });
  facts.authors.forEach((author, i) =>
    fields.push({ field: 'author', text: author, rank: authorRank(i, facts.authors.length) }),
  );
  for (const m of facts.metrics)
    if (m.place !== undefined) fields.push({ field: 'achievement', text: t.challengePlace(m.dataset, m.place) });
  for (const d of facts.directions) fields.push({ field: 'direction', text: directionName.get(d) ?? d });
  // The methods it uses, by their name in the page's language ("Batch normalisation", 批归一化): the method page,
  // which also answers every alias, comes first, the models that use it next. Aliases are left to the method
  // page: on every user they would multiply the index (a first query must stay under 100 KB).
  const methodById = new Map(content.methods.map((m) => [m.id, m]));
  for (const id of content.methodsOf(facts.id)) {
    const method = methodById.get(id);
    if (method) fields.push({ field: 'method', text: method.name[locale] });
  }
  for (const b of facts.builds_on) {
    const parent = byId.get(b.model);
    if (!parent) continue;
    fields.push({ field: 'lineage', text: parent.name });
    // Chinese readers name a parent in Chinese (残差网络 for ResNet); Latin aliases would only repeat the name.
    if (locale === 'zh-CN')
      for (const alias of parent.aliases.filter(hasChinese))
        fields.push({ field: 'lineage', text: alias, show: parent.name });
  }
  const benchmarks = new Set(facts.metrics.filter((m) => m.place === undefined).map((m) => benchmarkName(m.dataset)));
  for (const name of benchmarks) fields.push({ field: 'benchmark', text: name });
  fields.push({ field: 'venue', text: facts.venue });
  if (facts.journal_version) fields.push({ field: 'venue', text: facts.journal_version });
  fields.push({ field: 'year', text: String(facts.year) });
  return fields;
}

function modelDoc(facts: ModelFacts, content: SearchContent, locale: Locale, prior: number): SearchDoc {
  const record = modelSearchRecord(facts, content.directions, locale);
  const summary = content.summary(facts.id, locale);
  return {
    kind: 'model',
    id: facts.id,
    path: routePath({ page: 'model', id: facts.id }, locale),
    name: facts.name,
    fields: modelFields(facts, content, locale),
    prior,
    ...(summary ? { summary } : {}),
    meta: { year: String(facts.year), venue: facts.venue, directions: record.directions },
    facets: { filters: record.filters, year: Number(record.sort.year), name: record.sort.name },
  };
}

function directionDoc(direction: Direction, locale: Locale): SearchDoc {
  const own = direction.name[locale];
  const other = direction.name[OTHER[locale]];
  const aliases = [...new Set([...nameParts(own), other, ...nameParts(other)])].filter((a) => a !== own);
  return {
    kind: 'direction',
    id: direction.id,
    path: routePath({ page: 'direction', id: direction.id }, locale),
    name: own,
    fields: [{ field: 'name', text: own }, ...aliases.map((text): DocField => ({ field: 'alias', text }))],
    // A line is a hub of the atlas: among equal matches it comes before any one of its stations.
    prior: 1,
    summary: direction.description[locale],
  };
}

/** A method page: its names in both languages and its aliases; a hub like a direction among equal matches. */
function methodDoc(method: MethodFacts, content: SearchContent, locale: Locale): SearchDoc {
  const own = method.name[locale];
  const aliases = [...new Set([method.name[OTHER[locale]], ...method.aliases])].filter((a) => a !== own);
  const summary = content.summary(method.id, locale);
  return {
    kind: 'method',
    id: method.id,
    path: routePath({ page: 'method', id: method.id }, locale),
    name: own,
    fields: [{ field: 'name', text: own }, ...aliases.map((text): DocField => ({ field: 'alias', text }))],
    prior: 1,
    ...(summary ? { summary } : {}),
  };
}

/** A benchmark page: its name and aliases, and the task it measures as a hint (a line's weight). */
function benchmarkDoc(benchmark: Benchmark, locale: Locale): SearchDoc {
  return {
    kind: 'benchmark',
    id: benchmark.id,
    path: routePath({ page: 'benchmark', id: benchmark.id }, locale),
    name: benchmark.name,
    fields: [
      { field: 'name', text: benchmark.name },
      ...benchmark.aliases.map((text): DocField => ({ field: 'alias', text })),
      { field: 'direction', text: benchmark.task[locale] },
    ],
    // Found by its name first of all; for its task ("face detection") it follows the models of that task.
    prior: 0,
    summary: benchmark.description[locale],
  };
}

/** A planned station: searchable by name, pointing at its line's page, saying it has no entry yet. */
function plannedDocs(direction: Direction, locale: Locale): SearchDoc[] {
  const t = searchStrings(locale);
  return direction.planned.map((station) => ({
    kind: 'planned' as const,
    id: `${direction.id}/${station.name}`,
    path: routePath({ page: 'direction', id: direction.id }, locale),
    name: station.name,
    fields: [
      { field: 'name', text: station.name },
      { field: 'direction', text: direction.name[locale] },
      { field: 'year', text: String(station.year) },
    ],
    prior: 0,
    meta: { note: t.plannedOn(direction.name[locale], station.year) },
  }));
}

/** Every search document of one language: directions, models, methods, benchmarks, planned stations, each by id. */
export function searchDocs(content: SearchContent, locale: Locale): SearchDoc[] {
  const builders = builderCounts(content.models);
  const most = Math.max(0, ...builders.values());
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  return [
    ...[...content.directions].sort(byId).map((d) => directionDoc(d, locale)),
    ...[...content.models].sort(byId).map((m) => modelDoc(m, content, locale, priorOf(builders.get(m.id) ?? 0, most))),
    ...[...content.methods].sort(byId).map((m) => methodDoc(m, content, locale)),
    ...[...content.benchmarks].sort(byId).map((b) => benchmarkDoc(b, locale)),
    ...[...content.directions].sort(byId).flatMap((d) => plannedDocs(d, locale)),
  ];
}
