/**
 * The search index of the real content, built in memory the way the build writes it, and an in-memory `Source`
 * over any index files, so the engine runs in tests exactly as in the browser minus fetching.
 */
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import { searchDocs, type SearchDoc } from '../../../src/lib/search/documents.ts';
import { loadSearchContent } from '../../../src/lib/search/load.ts';
import type { ProseHit, Source } from '../../../src/lib/search/engine.ts';
import {
  facetsFile,
  indexFiles,
  recordFile,
  termFiles,
  type DocRecord,
  type FacetsFile,
  type IndexHead,
  type Terms,
} from '../../../src/lib/search/index-files.ts';
import { root } from '../../support/real-content.ts';

/** The field labels a result's why-line uses, as the English interface writes them. */
export const labels = {
  alias: 'Also known as',
  arxiv: 'arXiv',
  title: 'Paper',
  author: 'Authors',
  achievement: 'Challenge',
  method: 'Methods',
  direction: 'Direction',
  lineage: 'Builds on',
  benchmark: 'Results on',
  venue: 'Venue',
  year: 'Year',
};

export interface MemoryIndex {
  docs: SearchDoc[];
  files: Map<string, unknown>;
  source: Source;
  /** Names of the files the source was asked for, in order. */
  requests: string[];
  /** Document index of a model id, or of `directions/<id>`. */
  doc: (id: string) => number;
  /** The ids of a list of documents (`directions/<id>` for directions). */
  ids: (docs: readonly number[]) => string[];
}

/** A source over index files; `prose` stands in for Pagefind (document ids found through their text). */
export function memoryIndex(
  docs: SearchDoc[],
  language: string,
  prose: (term: string) => number[] = () => [],
): MemoryIndex {
  const files = indexFiles(language, docs);
  const requests: string[] = [];
  const file = <T>(name: string): T | undefined => {
    requests.push(name);
    return files.get(name) as T | undefined;
  };
  const source: Source = {
    head: async () => file<IndexHead>(`${language}.json`)!,
    terms: async (head, keys) => {
      if (head.t) return head.t;
      // As the browser does (search-source.ts): only shards the head lists.
      const names = termFiles(language, head, keys);
      return Object.assign({}, ...names.map((n) => file<Terms>(n) ?? {})) as Terms;
    },
    records: async (head, wanted) =>
      new Map(
        wanted.flatMap((d): Array<[number, DocRecord]> => {
          const record = head.r ? head.r[d] : file<DocRecord[]>(recordFile(language, d, head.rb))?.[d % head.rb];
          return record ? [[d, record]] : [];
        }),
      ),
    facets: async () => file<FacetsFile>(facetsFile(language))!,
    prose: async (term): Promise<ProseHit[]> => {
      requests.push(`prose:${term}`);
      return prose(term).map((doc) => ({ doc, excerpt: async () => `<mark>${term}</mark> in ${docs[doc]!.name}.` }));
    },
  };
  const key = (d: SearchDoc) => (d.kind === 'model' ? d.id : `${d.kind}s/${d.id}`);
  const byKey = new Map(docs.map((d, i) => [key(d), i]));
  return {
    docs,
    files,
    source,
    requests,
    doc: (id) => {
      const d = byKey.get(id);
      if (d === undefined) throw new Error(`no search document ${id}`);
      return d;
    },
    ids: (list) => list.map((d) => key(docs[d]!)),
  };
}

const cached = new Map<Locale, SearchDoc[]>();

/** The real content's search documents in one language. */
export function realDocs(locale: Locale): SearchDoc[] {
  let docs = cached.get(locale);
  if (!docs) cached.set(locale, (docs = searchDocs(loadSearchContent(root), locale)));
  return docs;
}
