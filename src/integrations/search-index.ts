/**
 * Astro integration: builds the Pagefind index (one per language) into the output folder after the build,
 * and under `astro dev` serves the last build's index so search can be tried without a fresh build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { RECORDS_DIR, recordFiles } from '../lib/search/records.ts';
import type { PagefindData } from '../lib/search/result.ts';

/**
 * Page parts that are not worth searching: formulas (indexed three times over: MathML, TeX, HTML), and whatever a
 * component marks with data-pagefind-ignore (the map, citations, diagrams and their tables, lists of neighbours).
 */
export const EXCLUDED_FROM_INDEX = ['.katex', '[data-pagefind-ignore]'];

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Writes the compact page records (search/records.ts) beside the bundle, read from Pagefind's own fragments. */
function writeRecords(bundle: string): number {
  const folder = join(bundle, 'fragment');
  const pages = readdirSync(folder)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => {
      const text = gunzipSync(readFileSync(join(folder, f)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      const fragment = JSON.parse(text) as { url: string; meta: Record<string, string> };
      return {
        id: f.replace(/\.pf_fragment$/, ''),
        data: { url: fragment.url, meta: fragment.meta, excerpt: '' } satisfies PagefindData,
      };
    });
  mkdirSync(join(bundle, RECORDS_DIR), { recursive: true });
  for (const [name, content] of recordFiles(pages))
    writeFileSync(join(bundle, RECORDS_DIR, name), JSON.stringify(content));
  return pages.length;
}

/**
 * The Astro integration that indexes the built pages with Pagefind and writes the exact-name table and record shards.
 */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  let outDir = '';
  return {
    name: 'atlas:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        outDir = fileURLToPath(config.outDir);
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
        writeRecords(join(out, 'pagefind'));
        // One index per page language: a page without <html lang> (or with another code) would land in an index no page searches.
        const entry = JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const languages = Object.entries(entry.languages).map(([lang, l]) => `${lang} ${l.page_count}`);
        const unexpected = Object.keys(entry.languages).filter((lang) => lang !== 'en' && lang !== 'zh-cn');
        if (unexpected.length > 0)
          throw new Error(`pagefind: pages indexed under unexpected languages: ${unexpected.join(', ')}`);
        logger.info(`search index: ${added.page_count} pages (${languages.join(', ')})`);
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
