/**
 * Astro integration: after the build, indexes the marked prose with Pagefind (one index per language) and
 * writes the atlas's own field index (names, aliases, authors, titles, challenge results …) from the content
 * files beside it; under `astro dev` serves the last build's indexes so search can be tried without a fresh build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, posix, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { loadSearchContent } from '../lib/search/load.ts';
import { contentDirOf } from '../lib/content/content-dir.ts';
import { LOCALES, type Locale } from '../lib/i18n/locales.ts';
import { routePath, withBase } from '../lib/i18n/routes.ts';
import { searchDocs } from '../lib/search/documents.ts';
import { INDEX_DIR, indexFiles, pagefindFile } from '../lib/search/index-files.ts';

/**
 * Parts of the marked prose not worth searching: formulas (indexed three times over: MathML, TeX, HTML), tables
 * (their cells run together into "variantblockblocks per stage"), the section headings every entry shares
 * ("The problem", "The key idea"), and whatever a component marks with data-pagefind-ignore.
 */
export const EXCLUDED_FROM_INDEX = ['.katex', '.prose table', '.prose h2', '[data-pagefind-ignore]'];

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Pagefind's language code of a locale, as its page ids and the page's lower-cased `<html lang>` spell it. */
const pagefindLanguage = (locale: Locale) => locale.toLowerCase();

/** Pagefind's page ids by URL, read from its fragments. */
function pagefindIds(bundle: string): Map<string, string> {
  const folder = join(bundle, 'fragment');
  const ids = new Map<string, string>();
  for (const f of readdirSync(folder).filter((name) => name.endsWith('.pf_fragment'))) {
    const text = gunzipSync(readFileSync(join(folder, f)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    ids.set((JSON.parse(text) as { url: string }).url, f.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/**
 * Writes the field index (search/index-files.ts) of every language beside the Pagefind bundle, built from the
 * content files, and the table joining Pagefind's page ids to its documents. Returns documents per language.
 */
function writeFieldIndex(root: string, bundle: string, base: string): string[] {
  const content = loadSearchContent(root, contentDirOf(root));
  const pages = pagefindIds(bundle);
  const folder = join(bundle, INDEX_DIR);
  mkdirSync(folder, { recursive: true });
  return LOCALES.map((locale) => {
    const language = pagefindLanguage(locale);
    const docs = searchDocs(content, locale);
    for (const [name, file] of indexFiles(language, docs)) writeFileSync(join(folder, name), JSON.stringify(file));
    const joined: Record<string, number> = {};
    docs.forEach((doc, i) => {
      const id = pages.get(withBase(base, doc.path));
      if (id) joined[id] = i;
    });
    writeFileSync(join(folder, pagefindFile(language)), JSON.stringify(joined));
    return `${language} ${docs.length}`;
  });
}

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"/g;
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g;

/**
 * The results page's first result waits for the chunk its script imports, which the browser only asks for once
 * the script itself has arrived and been parsed (50–150 ms on a loaded machine). A modulepreload link for every
 * chunk the page's module scripts import lets it fetch them with the page. Astro emits none for its scripts.
 */
function preloadImportedChunks(out: string, base: string): void {
  for (const locale of LOCALES) {
    const file = join(out, routePath({ page: 'search' }, locale), 'index.html');
    const html = readFileSync(file, 'utf8');
    const chunks = new Set<string>();
    for (const [, src] of html.matchAll(MODULE_SCRIPT)) {
      const code = readFileSync(join(out, src!.slice(base.length)), 'utf8');
      for (const [, path] of code.matchAll(STATIC_IMPORT)) chunks.add(posix.join(posix.dirname(src!), path!));
    }
    const links = [...chunks].map((href) => `<link rel="modulepreload" href="${href}">`).join('');
    writeFileSync(file, html.replace('</head>', `${links}</head>`));
  }
}

/**
 * The Astro integration that indexes the built pages' prose with Pagefind and writes the field index beside it.
 */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  let outDir = '';
  let root = '';
  return {
    name: 'atlas:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        const fieldDocs = writeFieldIndex(root, join(out, 'pagefind'), base);
        preloadImportedChunks(out, base);
        // One index per page language: a page without <html lang> (or with another code) would land in an index no page searches.
        const entry = JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const languages = Object.entries(entry.languages).map(([lang, l]) => `${lang} ${l.page_count}`);
        const unexpected = Object.keys(entry.languages).filter((lang) => lang !== 'en' && lang !== 'zh-cn');
        if (unexpected.length > 0)
          throw new Error(`pagefind: pages indexed under unexpected languages: ${unexpected.join(', ')}`);
        // Pagefind reads every HTML file but indexes only those with data-pagefind-body (entries, directions,
        // methods, benchmarks): say both, so the counts add up.
        const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
        logger.info(
          `search index: ${indexed} pages indexed (${languages.join(', ')}) of ${added.page_count} HTML files; field index: ${fieldDocs.join(', ')} documents`,
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        const folder = resolve(outDir, 'pagefind');
        const built = existsSync(join(folder, 'pagefind.js'));
        if (built) {
          logger.info(
            `search: serving the index of the last build (${folder}, ${statSync(join(folder, 'pagefind.js')).mtime.toISOString()}); run "npm run build" to refresh it`,
          );
        } else {
          logger.warn(
            'search: no index yet. Search needs a build: run "npm run build" once, then reload; until then search pages say so.',
          );
        }
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (!path.startsWith(prefix)) return next();
          const file = resolve(folder, decodeURIComponent(path.slice(prefix.length)));
          if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end('No search index: run "npm run build" first (astro dev does not build one).');
            return;
          }
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(readFileSync(file));
        });
      },
    },
  };
}
