// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import contentGuard from './src/integrations/content-guard.ts';
import searchIndex from './src/integrations/search-index.ts';
import scriptLedger from './src/integrations/script-ledger.ts';

// ATLAS_BASE: the sub-path the site is served under ("/" or "/some/path/").
// ATLAS_SITE: the origin it is served from, for canonical and hreflang URLs.
// ATLAS_OUT_DIR: where to write the build (scripts/build.mjs points it at a staging folder).
// ATLAS_SCRIPT_LEDGER: where to record the scripts Vite bundles (scripts/build.mjs scans pages against it).
const base = process.env.ATLAS_BASE || '/';

export default defineConfig({
  site: process.env.ATLAS_SITE || 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  outDir: process.env.ATLAS_OUT_DIR || './dist',
  // Separate caches per content folder, so a fixture build never sees entries of another.
  cacheDir: process.env.ATLAS_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
  integrations: [contentGuard(), mdx(), searchIndex(), scriptLedger()],
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }),
  },
});
