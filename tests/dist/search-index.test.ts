// What the built prose index holds (dist/pagefind): only what a reader searches for. Text that many pages
// repeat (a boilerplate paragraph, the facts panel, the site's chrome) would match every query that touches it
// and drown the pages that are about the query; so no sentence may be indexed on more than a handful of pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';

/** More pages than this sharing one sentence is boilerplate, not two entries that happen to say the same. */
const HANDFUL = 5;
/** Shorter pieces ("See Table 2.", "参见表 2。") are phrases, not text a page repeats. */
const MIN_SENTENCE = 24;

interface Fragment {
  url: string;
  content: string;
}

function fragments(): Fragment[] {
  const folder = join(DIST, 'pagefind', 'fragment');
  if (!existsSync(folder)) throw new Error(`No search index in ${folder}: run "npm run build" first.`);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => {
      const text = gunzipSync(readFileSync(join(folder, f)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      return JSON.parse(text) as Fragment;
    });
}

/** The sentences of a page's indexed text, normalised (case, spacing). */
function sentences(content: string): string[] {
  return content
    .replace(/\u200B/g, '')
    .split(/(?<=[.!?])\s+|(?<=[。！？])/)
    .map((s) => s.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((s) => [...s].length >= MIN_SENTENCE);
}

describe('dist/pagefind: the prose index', () => {
  const pages = fragments();

  it('indexes the entries, directions, methods and benchmarks of both languages, and no site page', () => {
    const urls = pages.map((p) => p.url);
    expect(urls.filter((u) => /^\/en\/models\/[^/]+\/$/.test(u)).length).toBeGreaterThan(100);
    expect(urls.filter((u) => /^\/zh\/models\/[^/]+\/$/.test(u)).length).toBeGreaterThan(100);
    expect(urls.filter((u) => /\/directions\/[^/]+\/$/.test(u)).length).toBeGreaterThan(10);
    expect(urls.filter((u) => /\/methods\/[^/]+\/$/.test(u)).length).toBeGreaterThan(20);
    expect(urls.filter((u) => !/\/(?:models|directions|methods|benchmarks)\/[^/]+\/$/.test(u))).toEqual([]);
  });

  it(`holds no sentence repeated on more than ${HANDFUL} pages`, () => {
    const seen = new Map<string, Set<string>>();
    for (const page of pages)
      for (const s of sentences(page.content)) {
        let on = seen.get(s);
        if (!on) seen.set(s, (on = new Set()));
        on.add(page.url);
      }
    const repeated = [...seen]
      .filter(([, on]) => on.size > HANDFUL)
      .map(([s, on]) => `${on.size} pages: “${s.slice(0, 80)}”`);
    expect(repeated).toEqual([]);
  });
});

describe('dist/: the results page', () => {
  it('preloads every chunk its scripts import, so the first result does not wait for a second round trip', () => {
    for (const lang of ['en', 'zh']) {
      const html = readFileSync(join(DIST, lang, 'search', 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script type="module" src="\/([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts.length).toBeGreaterThan(0);
      const imported = scripts.flatMap((src) =>
        [...readFileSync(join(DIST, src), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map(
          (m) => `/_astro/${m[1]}`,
        ),
      );
      expect(imported.length).toBeGreaterThan(0);
      for (const href of imported) expect(html, `${lang}: ${href}`).toContain(`<link rel="modulepreload" href="${href}">`);
    }
  });
});
