/** The built site under test: dist/ (or ATLAS_DIST), read once per test file. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSite } from '../../src/lib/links/read-site.ts';
import type { SiteSnapshot } from '../../src/lib/links/check.ts';

export const DIST = resolve(new URL('../..', import.meta.url).pathname, process.env.ATLAS_DIST || 'dist');

let cached: SiteSnapshot | undefined;
export function distSite(): SiteSnapshot {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`No built site in ${DIST}: run "npm run build" first.`);
  return (cached ??= readSite(DIST));
}
