// A site built for a sub-path keeps every link, asset and the search index under that path.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, materialise } from '../support/fixtures.ts';
import { runBuild } from '../support/run-build.ts';
import { readSite } from '../../src/lib/links/read-site.ts';
import { findBrokenLinks } from '../../src/lib/links/check.ts';
import { extractLinks } from '../../src/lib/links/extract.ts';

const BASE = '/deep/atlas/';
let root = '';
let out = '';

beforeAll(() => {
  root = materialise();
  out = join(root, 'site');
  const { status, output } = runBuild({ content: join(root, 'content'), out, base: BASE });
  if (status !== 0) throw new Error(output);
});
afterAll(() => cleanup(root));

describe(`a build with ATLAS_BASE=${BASE}`, () => {
  it('has no broken internal links under the base', () => {
    expect(findBrokenLinks(readSite(out), { base: BASE, site: 'http://localhost:4321' })).toEqual([]);
  });

  it('points every root-relative link and asset into the base path', () => {
    const site = readSite(out);
    const rootRelative = [...site.pages.values()]
      .flatMap((html) => extractLinks(html))
      .map((l) => l.url)
      .filter((u) => u.startsWith('/'));
    expect(rootRelative.length).toBeGreaterThan(10);
    expect(rootRelative.filter((u) => !u.startsWith(BASE))).toEqual([]);
  });

  it('writes the search index and open data inside the output', () => {
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    const data = JSON.parse(readFileSync(join(out, 'data/models.json'), 'utf8'));
    // Without ATLAS_SITE the data is site-relative: a local build never writes localhost into shared files.
    expect(data.models.map((m: { pages: { en: string } }) => m.pages.en)).toEqual([
      `${BASE}en/models/alpha/`,
      `${BASE}en/models/beta/`,
    ]);
  });
});
