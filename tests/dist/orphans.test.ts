// No file in dist/ that nothing reaches: every file is linked from a page, style sheet, script or sitemap a
// reader or crawler gets to, or is an entry point of its own (listed here with the reason).
import { describe, expect, it } from 'vitest';
import { findOrphans } from '../../src/lib/links/orphans.ts';
import { readLinkingTexts } from '../../src/lib/links/read-site.ts';
import { DIST, distSite } from '../support/dist.ts';

/** Where readers and machines arrive without following a link. */
function isEntryPoint(file: string, text: string | undefined): boolean {
  return (
    // The home page, and the page a server answers a missing address with.
    file === 'index.html' ||
    file === '404.html' ||
    // Where crawlers start.
    file === 'robots.txt' ||
    file === 'sitemap-index.xml' ||
    // The open data index, /data/, an address the open data documentation gives.
    file === 'data/index.html' ||
    // The search index, which Pagefind's script loads by names it computes.
    file.startsWith('pagefind/') ||
    // A redirect from an alias or an old address of a model page.
    (text ?? '').includes('http-equiv="refresh"')
  );
}

describe('dist/', () => {
  it('writes no file that no page, style sheet, script or sitemap links to (apart from its entry points)', () => {
    const site = distSite();
    const orphans = findOrphans(site.files, readLinkingTexts(DIST, site), {
      base: '/',
      site: 'http://localhost:4321',
      isEntryPoint,
    });
    expect(orphans).toEqual([]);
  });
});
