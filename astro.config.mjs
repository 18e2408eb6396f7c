// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypePlainMath from './src/lib/reading/plain-math.ts';
import contentGuard from './src/integrations/content-guard.ts';
import searchIndex from './src/integrations/search-index.ts';
import scriptLedger from './src/integrations/script-ledger.ts';
import reading, { redirectPaths } from './src/integrations/reading.ts';
import { woff2FontFaces } from './src/lib/site/font-faces.ts';
import { siteThemeStyleSheet } from './src/lib/notation/icons.ts';

// ATLAS_BASE: the sub-path the site is served under ("/" or "/some/path/").
// ATLAS_SITE: the origin it is served from, for canonical, hreflang, sitemap and social-card URLs. Without it
//   those point at the local server and the build says so; open data and citations stay site-relative.
// ATLAS_REPO (+ ATLAS_REPO_BRANCH): the repository for "edit this page" / "report an error" links (off when unset).
// ATLAS_OUT_DIR: where to write the build (scripts/build.mjs points it at a staging folder).
// ATLAS_SCRIPT_LEDGER: where to record the scripts Vite bundles (scripts/build.mjs scans pages against it).
const base = process.env.ATLAS_BASE || '/';
const NOTATION_THEME = 'virtual:notation-theme.css';

/**
 * MDX compiles each entry to a module that starts with Astro's "use astro:head-inject" directive; the bundler
 * warns once per file (two per model) that it may drop it, which Astro expects. Everything else still shows.
 * @param {{ code?: string, message?: string }} warning
 */
const expectedWarning = (warning) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject');

export default defineConfig({
  site: process.env.ATLAS_SITE || 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  outDir: process.env.ATLAS_OUT_DIR || './dist',
  // Separate caches per content folder, so a fixture build never sees entries of another.
  cacheDir: process.env.ATLAS_CACHE_DIR || './node_modules/.astro',
  // Component styles go in shared, cached files, never copied into every page (issue 27: a few KB on each of
  // a thousand pages). Two pages render at once: a social card's PNG encoding runs on libuv's thread pool, so
  // the next page's JavaScript overlaps it (static routes of the real site with no cached cards: 47.5 → 38.7 s
  // median of two on 2 cores; the output is byte-identical).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  devToolbar: { enabled: false },
  integrations: [
    contentGuard(),
    reading(),
    // Static MDX subtrees (prose, KaTeX output) become one HTML string each instead of a tree of JSX calls:
    // with KaTeX rendered at compile time, the element trees were 93 % of the server bundle (40 MB for 304 prose
    // files) and what made a 2,000-model build run out of heap (issue 27).
    mdx({ optimize: true }),
    // Every page with its counterpart in the other language; the 404 page, redirects and the two bilingual
    // choosers (the root and /data/, which only link the language versions) stay out.
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
      filter: (page) => {
        const path = new URL(page).pathname.slice(base.replace(/\/?$/, '').length);
        return !/\/404\/?$/.test(path) && !['/', '/data/'].includes(path) && !redirectPaths.has(new URL(page).pathname);
      },
    }),
    searchIndex(),
    scriptLedger(),
  ],
  markdown: {
    // Sizes and lone letters as plain text in KaTeX's fonts first (src/lib/reading/plain-math.ts), then KaTeX.
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypePlainMath, rehypeKatex] }),
  },
  vite: {
    plugins: [
      // The notation's colours as one shared style sheet on :root, derived from the icon table
      // (src/lib/notation/icons.ts siteThemeStyleSheet), imported once by BaseLayout.astro.
      {
        name: 'atlas:notation-theme',
        resolveId: (id) => (id === NOTATION_THEME ? `\0${NOTATION_THEME}` : undefined),
        load: (id) => (id === `\0${NOTATION_THEME}` ? siteThemeStyleSheet() : undefined),
      },
      // KaTeX's stylesheet with WOFF2-only faces shown with font-display: swap (src/lib/site/font-faces.ts says
      // why); before Vite's CSS plugin, so the WOFF and TrueType files are never emitted.
      {
        name: 'atlas:katex-woff2',
        enforce: 'pre',
        transform(code, id) {
          return /[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css$/.test(id)
            ? { code: woff2FontFaces(code), map: null }
            : undefined;
        },
      },
    ],
    build: {
      // Fonts stay files, never base64 in a stylesheet: a face is fetched only when a glyph needs it, while an
      // inlined one is render-blocking bytes on every page (KaTeX_Size3, under Vite's 4 KB limit, was 3.3 KB
      // gzip of each model page's CSS; issue 27).
      assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
      rollupOptions: {
        onwarn(warning, warn) {
          if (!expectedWarning(warning)) warn(warning);
        },
      },
    },
  },
});
