/**
 * The open data export (`/data/models.json`, `/data/directions.json`, `/data/models.csv`; methods and benchmarks
 * in open-data-catalogue.ts).
 * Schema 1: later versions may add keys, never rename or remove these.
 */
import type { Direction, Implementation, ModelFacts } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ArchitectureRecord } from '../notation/architectures.ts';
import { LICENCE } from './licence.ts';

export const OPEN_DATA_SCHEMA = 1;

/** What every JSON file opens with: the schema version and the licence the data is under. */
export function openDataHeader() {
  return {
    schema: OPEN_DATA_SCHEMA,
    licence: { id: LICENCE.id, name: LICENCE.name, url: LICENCE.url, attribution: LICENCE.attribution },
  };
}

export interface ExportedModel {
  id: string;
  name: string;
  aliases: string[];
  directions: string[];
  year: number;
  month: number;
  venue: string;
  authors: string[];
  institution: string;
  paper: { title: string; arxiv: string | null; url: string; doi: string | null };
  code: Array<{ url: string; framework: string; official: boolean }>;
  metrics: ModelFacts['metrics'];
  builds_on: ModelFacts['builds_on'];
  tier: ModelFacts['tier'];
  pages: Record<Locale, string>;
  /** Computed from the model's layer spec, one record per variant of every network; empty without a spec. */
  architectures: ArchitectureRecord[];
  /** Maintained implementations with pretrained weights: call, the weights' result, the page it was checked on. */
  implementations: Array<{ library: string; call: string; result: Implementation['result'] | null; source: string }>;
  /** Computed: the methods the model introduces or uses, and whether its layer spec or its facts say so. */
  methods: ExportedModelMethod[];
}

export interface ExportedModelMethod {
  id: string;
  introduces: boolean;
  from: Array<'spec' | 'facts'>;
}

/** One model as exported; `pageUrl` turns a model id into its page URL in a locale. */
export function exportModel(
  m: ModelFacts,
  pageUrl: (id: string, locale: Locale) => string,
  architectures: ArchitectureRecord[] = [],
  methods: ExportedModelMethod[] = [],
): ExportedModel {
  return {
    id: m.id,
    name: m.name,
    aliases: m.aliases,
    directions: m.directions,
    year: m.year,
    month: m.month,
    venue: m.venue,
    authors: m.authors,
    institution: m.institution,
    paper: { title: m.paper.title, arxiv: m.paper.arxiv, url: m.paper.url, doi: m.paper.doi ?? null },
    code: m.code.map((c) => ({ url: c.url, framework: c.framework, official: c.official })),
    metrics: m.metrics,
    builds_on: m.builds_on,
    tier: m.tier,
    pages: { en: pageUrl(m.id, 'en'), 'zh-CN': pageUrl(m.id, 'zh-CN') },
    architectures,
    implementations: m.implementations.map((i) => ({
      library: i.library,
      call: i.call,
      result: i.result ?? null,
      source: i.source,
    })),
    methods,
  };
}

/** A direction in the open-data shape of `/data/directions.json`. */
export function exportDirection(d: Direction, pageUrl: (id: string, locale: Locale) => string) {
  return {
    id: d.id,
    order: d.order,
    name: d.name,
    colour: d.colour,
    colour_dark: d.colour_dark,
    description: d.description,
    planned: d.planned,
    pages: { en: pageUrl(d.id, 'en'), 'zh-CN': pageUrl(d.id, 'zh-CN') },
  };
}

const CSV_COLUMNS = [
  'id',
  'name',
  'year',
  'month',
  'venue',
  'directions',
  'authors',
  'institution',
  'title',
  'arxiv',
  'url',
  'tier',
  'page_en',
  'page_zh',
] as const;

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The open-data models as CSV (`/data/models.csv`): one row per model, lists joined by `;`. */
export function modelsCsv(models: readonly ExportedModel[]): string {
  const rows = models.map((m) =>
    [
      m.id,
      m.name,
      m.year,
      m.month,
      m.venue,
      m.directions.join(';'),
      m.authors.join(';'),
      m.institution,
      m.paper.title,
      m.paper.arxiv,
      m.paper.url,
      m.tier,
      m.pages.en,
      m.pages['zh-CN'],
    ]
      .map(csvField)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
