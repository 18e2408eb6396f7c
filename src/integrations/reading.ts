/**
 * Astro integration for the reading and sharing aids that need the whole site:
 * - redirects from alias slugs to model pages (`/en/models/resnet-50/` → `/en/models/resnet/`): real redirects
 *   on hosts whose adapter supports them, meta-refresh pages on a plain static host;
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/content/load.ts';
import { contentDirOf } from '../lib/content/content-dir.ts';
import { aliasSlugs } from '../lib/reading/suggest.ts';
import { LOCALES } from '../lib/i18n/locales.ts';
import { routePath, withBase } from '../lib/i18n/routes.ts';

/** Alias slugs longer than this many words are paper titles, not something typed into an address bar. */
const MAX_ALIAS_WORDS = 3;

export function aliasRedirects(
  models: ReadonlyArray<{ id: string; name: string; aliases: readonly string[] }>,
  base: string,
): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const [slug, id] of aliasSlugs(models)) {
    if (slug.split('-').length > MAX_ALIAS_WORDS) continue;
    for (const locale of LOCALES)
      redirects[withBase(base, routePath({ page: 'model', id: slug }, locale))] = withBase(
        base,
        routePath({ page: 'model', id }, locale),
      );
  }
  return redirects;
}

/** The redirect pages' paths, once the config is set up: the sitemap leaves them out. */
export const redirectPaths = new Set<string>();

/** What a build without ATLAS_SITE or ATLAS_REPO leaves out; scripts/build.mjs prints it as the last word. */
export function localBuildNotes(env: NodeJS.ProcessEnv = process.env): string[] {
  const notes: string[] = [];
  if (!env.ATLAS_SITE)
    notes.push(
      'ATLAS_SITE is not set: canonical, hreflang, sitemap, feed and social-card URLs point at http://localhost:4321 (fine for npm start); open data and citations use site-relative addresses. Set ATLAS_SITE=https://your.domain for a build you deploy.',
    );
  if (!env.ATLAS_REPO) notes.push('ATLAS_REPO is not set: pages have no "edit this page" or "report an error" links.');
  return notes;
}

export default function reading(): AstroIntegration {
  return {
    name: 'atlas:reading',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const { models } = loadContent(root, contentDirOf(root));
        const redirects = aliasRedirects(
          models.map((m) => m.data),
          config.base,
        );
        for (const from of Object.keys(redirects)) redirectPaths.add(from);
        updateConfig({ redirects });
      },
    },
  };
}
