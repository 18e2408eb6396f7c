// The built site can be found and followed: sitemap and robots.txt, the entries feed per language, redirects
// from aliases, the open data's licence and site-relative addresses.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DIST, distSite } from '../support/dist.ts';

const site = distSite();
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'item', 'sitemap', 'xhtml:link'].includes(name) });
const read = (file: string) => readFileSync(`${DIST}/${file}`, 'utf8');
const isRedirect = (html: string) => html.includes('http-equiv="refresh"');
const pathOf = (url: string) => new URL(url).pathname;

describe('sitemap and robots.txt', () => {
  const index = xml.parse(read('sitemap-index.xml'));
  const files: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => pathOf(s.loc).slice(1));
  const urls = files.flatMap((f) => xml.parse(read(f)).urlset.url) as Array<{ loc: string; 'xhtml:link': Array<Record<string, string>> }>;
  const listed = new Set(urls.map((u) => pathOf(u.loc)));

  it('lists every page of both languages, and no redirect or 404 page', () => {
    const pages = [...site.pages.entries()]
      .filter(([file, html]) => /^(en|zh)\//.test(file) && !isRedirect(html))
      .map(([file]) => `/${file.replace(/index\.html$/, '')}`);
    expect(pages.length).toBeGreaterThan(280);
    expect(pages.filter((p) => !listed.has(p))).toEqual([]);
    expect([...listed].filter((p) => p.includes('/resnet-50/') || p.includes('404'))).toEqual([]);
  });

  it('links each page to its other language', () => {
    const resnet = urls.find((u) => pathOf(u.loc) === '/en/models/resnet/')!;
    expect(resnet['xhtml:link'].map((l) => [l['@_hreflang'], pathOf(l['@_href']!)])).toEqual([
      ['en', '/en/models/resnet/'],
      ['zh-CN', '/zh/models/resnet/'],
    ]);
  });

  it('is named in robots.txt', () => {
    expect(read('robots.txt')).toMatch(/^User-agent: \*\nAllow: \/\n\nSitemap: http:\/\/localhost:4321\/sitemap-index\.xml\n$/);
  });
});

describe('the entries feed', () => {
  for (const lang of ['en', 'zh']) {
    it(`/${lang}/feed.xml parses and has an item for every model page`, () => {
      const feed = xml.parse(read(`${lang}/feed.xml`)).rss.channel;
      const items = feed.item as Array<{ link: string; pubDate: string; title: string }>;
      const models = [...site.pages.entries()]
        .filter(([file, html]) => new RegExp(`^${lang}/models/[^/]+/index\\.html$`).test(file) && !isRedirect(html))
        .map(([file]) => `/${file.replace(/index\.html$/, '')}`);
      expect(items.map((i) => pathOf(i.link)).sort()).toEqual(models.sort());
      expect(items.every((i) => !Number.isNaN(Date.parse(i.pubDate)))).toBe(true);
    });
  }
});

describe('alias redirects', () => {
  it('send /en/models/resnet-50/ to ResNet', () => {
    const stub = site.pages.get('en/models/resnet-50/index.html') ?? '';
    expect(stub).toContain('http-equiv="refresh" content="0;url=/en/models/resnet/"');
  });
});

describe('open data', () => {
  it('states its licence and, without ATLAS_SITE, uses site-relative page addresses', () => {
    const data = JSON.parse(read('data/models.json'));
    expect(data.licence).toMatchObject({ id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(data.models.every((m: { pages: { en: string } }) => m.pages.en.startsWith('/en/'))).toBe(true);
    expect(read('data/models.csv')).not.toContain('localhost');
  });
});
