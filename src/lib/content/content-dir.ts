/**
 * The one reader of ATLAS_CONTENT, the variable that points a build at another content folder (the tests
 * build fixture sites this way). Every module that needs the content folder asks here, so an absolute path,
 * a relative one and a trailing slash mean the same folder everywhere. Astro's content cache is kept per content
 * folder, so a fixture build never reuses the real site's.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, join, relative, resolve } from 'node:path';

/** The content folder relative to the project root: `content`, or where ATLAS_CONTENT points. */
export function contentDirOf(projectRoot: string, env: string | undefined = process.env.ATLAS_CONTENT): string {
  if (!env) return 'content';
  return isAbsolute(env) ? relative(projectRoot, resolve(env)) : env.replace(/\/$/, '');
}

/** The content folder as an absolute path. */
export function contentPathOf(projectRoot: string, env: string | undefined = process.env.ATLAS_CONTENT): string {
  return join(resolve(projectRoot), contentDirOf(projectRoot, env));
}

/** Astro's cache folder for a content folder, relative to the project root: one per folder, by a hash of its path. */
export function cacheDirOf(projectRoot: string, env: string | undefined = process.env.ATLAS_CONTENT): string {
  const contentPath = contentPathOf(projectRoot, env);
  return contentPath === join(resolve(projectRoot), 'content')
    ? 'node_modules/.astro'
    : `node_modules/.astro-${createHash('sha1').update(contentPath).digest('hex').slice(0, 10)}`;
}
