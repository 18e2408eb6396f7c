import { describe, expect, it } from 'vitest';
import { findOrphans } from '../../../src/lib/links/orphans.ts';

/** A site from its files' texts (null: a file that links nowhere, an image or a data file). */
function orphansOf(site: Record<string, string | null>, base = '/') {
  const files = new Set(Object.keys(site));
  const texts = new Map(Object.entries(site).filter((e): e is [string, string] => e[1] !== null));
  return findOrphans(files, texts, {
    base,
    site: 'https://atlas.test',
    isEntryPoint: (file, text) =>
      ['index.html', 'robots.txt', '404.html'].includes(file) ||
      file.startsWith('pagefind/') ||
      (text ?? '').includes('http-equiv="refresh"'),
  });
}

describe('findOrphans', () => {
  it('reports a file no page links to, and none that one does', () => {
    expect(
      orphansOf({
        'index.html': '<a href="diagrams/r/r50-compact.svg#zh-CN">SVG</a> <img src="/og/home.png" alt="">',
        'diagrams/r/r50-compact.svg': null,
        'diagrams/r/r50-compact-en.svg': null,
        'og/home.png': null,
      }),
    ).toEqual(['diagrams/r/r50-compact-en.svg']);
  });

  it('follows style sheets, scripts, a bundler’s list of chunks, sitemaps and robots.txt', () => {
    const site = {
      'index.html': '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/page.js"></script>',
      '_astro/a.css': '@font-face{src:url(./font.woff2) format("woff2")}',
      '_astro/font.woff2': null,
      '_astro/page.js': 'm.f=["_astro/chunk.js"];import(`./lazy.js`)',
      '_astro/chunk.js': 'import{x}from"./shared.js"',
      '_astro/shared.js': '',
      '_astro/lazy.js': '',
      'robots.txt': 'User-agent: *\nSitemap: https://atlas.test/sitemap-index.xml',
      'sitemap-index.xml': '<sitemap><loc>https://atlas.test/sitemap-0.xml</loc></sitemap>',
      'sitemap-0.xml': '<url><loc>https://atlas.test/en/about/</loc></url>',
      'en/about/index.html': '<meta property="og:image" content="https://atlas.test/og/about.png">',
      'og/about.png': null,
    };
    expect(orphansOf(site)).toEqual([]);
  });

  it('counts a file linked only from an unreachable page as unreachable too', () => {
    expect(orphansOf({ 'index.html': '', 'old/index.html': '<img src="/old.png" alt="">', 'old.png': null })).toEqual([
      'old.png',
      'old/index.html',
    ]);
  });

  it('starts from the entry points: a redirect from an old address, what a script loads by computed names', () => {
    const site = {
      'index.html': '',
      'en/models/resnet-50/index.html': '<meta http-equiv="refresh" content="0;url=/en/models/resnet/">',
      'en/models/resnet/index.html': '',
      'pagefind/fragment/en_1a2b.pf_fragment': null,
    };
    expect(orphansOf(site)).toEqual([]);
  });

  it('reads addresses under the site’s base path', () => {
    const site = { 'index.html': '<a href="/atlas/en/">en</a>', 'en/index.html': '', 'stray.txt': null };
    expect(orphansOf(site, '/atlas/')).toEqual(['stray.txt']);
  });
});
