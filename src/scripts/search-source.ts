/**
 * The browser side of the search engine's `Source` (search/engine.ts): fetches this build's field-index files
 * (once each) and, only when the prose is asked for, loads Pagefind. Paths come from the page
 * (`data-search-bundle`, built with withBase), so any base path works.
 */
import type { ProseHit, Source } from '../lib/search/engine.ts';
import {
  facetsFile,
  INDEX_DIR,
  pagefindFile,
  recordFile,
  termFiles,
  type DocRecord,
  type FacetsFile,
  type IndexHead,
  type Terms,
} from '../lib/search/index-files.ts';
import type { BoxFetchedMessages } from '../lib/search/messages.ts';

interface PagefindResult {
  id: string;
  /** Pagefind's excerpt: page text with HTML entities escaped and matches in <mark>. */
  data: () => Promise<{ excerpt: string }>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string): Promise<void>;
}

/** Thrown when the index cannot be loaded; `needsBuild` under `astro dev`, where no index is built. */
export class SearchUnavailable extends Error {
  readonly needsBuild: boolean;
  constructor(cause: unknown) {
    super(`search index unavailable: ${String(cause)}`);
    this.needsBuild = import.meta.env.DEV;
  }
}

/** Pagefind's excerpt: long enough to hold the sentence around a match, cut marked with an ellipsis. */
const EXCERPT_WORDS = 40;

/** The bundle folder and the site base, from the element that carries them (the header search form). */
export function locations(): { bundle: string; base: string } {
  const carrier = document.querySelector<HTMLElement>('[data-search-bundle]');
  return { bundle: carrier?.dataset.searchBundle ?? '/pagefind/', base: carrier?.dataset.searchBase ?? '/' };
}

/** The page language as the index names it (`en`, `zh-cn`). */
const language = () => document.documentElement.lang.toLowerCase();

const files = new Map<string, Promise<unknown>>();

/** One index file, fetched once; a missing head makes search unavailable, a missing shard is empty. */
function indexFile<T>(name: string, required = false): Promise<T | null> {
  let file = files.get(name);
  if (!file) {
    file = fetch(`${locations().bundle}${INDEX_DIR}/${name}`).then((r) => {
      if (r.ok) return r.json() as Promise<unknown>;
      if (required) throw new SearchUnavailable(`${name}: HTTP ${r.status}`);
      return null;
    });
    file.catch(() => files.delete(name));
    files.set(name, file);
  }
  return file as Promise<T | null>;
}

let pagefind: Promise<PagefindApi> | undefined;

/** Loads Pagefind (once): the prose index, used for page text and its excerpts. */
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const { bundle, base } = locations();
    let api: PagefindApi;
    try {
      api = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
    } catch (error) {
      pagefind = undefined;
      throw new SearchUnavailable(error);
    }
    // No worker: one request less (the worker repeats the bundle), and the prose index is small for the main thread.
    await api.options({
      basePath: bundle,
      baseUrl: base,
      excerptLength: EXCERPT_WORDS,
      excerptEllipsis: '…',
      noWorker: true,
    });
    await api.init();
    return api;
  })();
  return pagefind;
}

const merged = new Map<string, Terms>();

export const source: Source = {
  async head() {
    return (await indexFile<IndexHead>(`${language()}.json`, true))!;
  },
  async terms(head, keys) {
    if (head.t) return head.t;
    const names = termFiles(language(), head, keys);
    const id = names.join(' ');
    const known = merged.get(id);
    if (known) return known;
    const shards = await Promise.all(names.map((n) => indexFile<Terms>(n)));
    const terms = Object.assign({}, ...shards.filter(Boolean)) as Terms;
    merged.set(id, terms);
    return terms;
  },
  async records(head, docs) {
    const out = new Map<number, DocRecord>();
    if (head.r) {
      for (const d of docs) if (head.r[d]) out.set(d, head.r[d]);
      return out;
    }
    await Promise.all(
      docs.map(async (d) => {
        const block = await indexFile<DocRecord[]>(recordFile(language(), d, head.rb));
        const record = block?.[d % head.rb];
        if (record) out.set(d, record);
      }),
    );
    return out;
  },
  async facets() {
    return (await indexFile<FacetsFile>(facetsFile(language()), true))!;
  },
  async prose(term): Promise<ProseHit[]> {
    const [api, joined] = await Promise.all([
      loadPagefind(),
      indexFile<Record<string, number>>(pagefindFile(language()), true),
    ]);
    const response = await api.search(term);
    return (response?.results ?? []).flatMap((r) => {
      const doc = joined?.[r.id];
      return doc === undefined ? [] : [{ doc, excerpt: async () => (await r.data()).excerpt }];
    });
  },
};

let boxText: Promise<BoxFetchedMessages> | undefined;

/** The header box's interface text (search/messages.ts), fetched once from the file the form names. */
export function boxMessages(): Promise<BoxFetchedMessages> {
  if (!boxText) {
    const file = document.querySelector<HTMLElement>('[data-messages-file]')?.dataset.messagesFile ?? '';
    boxText = fetch(file).then((r) => {
      if (r.ok) return r.json() as Promise<BoxFetchedMessages>;
      throw new SearchUnavailable(`${file}: HTTP ${r.status}`);
    });
    boxText.catch(() => (boxText = undefined));
  }
  return boxText;
}

/** Starts loading the head of the page language's field index and the box's text. */
export function warmUp(): void {
  void source.head().catch(() => undefined);
  void boxMessages().catch(() => undefined);
}

/** Fetches Pagefind's chunks for a query while typing goes on, once Pagefind is loaded anyway. */
export function preloadProse(term: string): void {
  if (!pagefind) return;
  void pagefind.then((api) => api.preload(term)).catch(() => undefined);
}
