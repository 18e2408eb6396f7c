// Structural checks over dist/: links and anchors, both languages for every page, open data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/links/check.ts';
import { DIST, distSite } from '../support/dist.ts';

const site = distSite();
const html = (page: string) => site.pages.get(page) ?? '';

describe('dist/', () => {
  it('has no broken internal links or anchors', () => {
    expect(findBrokenLinks(site, { base: '/', site: 'http://localhost:4321' })).toEqual([]);
  });

  it('has every /en/ page also under /zh/, with the right <html lang>', () => {
    // Alias redirects (meta-refresh pages Astro writes) are not pages in a language.
    const en = [...site.pages.keys()].filter((p) => p.startsWith('en/') && !html(p).includes('http-equiv="refresh"'));
    expect(en.length).toBeGreaterThan(15);
    for (const page of en) {
      const zh = page.replace(/^en\//, 'zh/');
      expect(site.pages.has(zh), zh).toBe(true);
      expect(html(page)).toContain('<html lang="en"');
      expect(html(zh)).toContain('<html lang="zh-CN"');
    }
  });

  it('links each page to its counterpart with hreflang alternates', () => {
    const page = html('en/models/resnet/index.html');
    expect(page).toContain('<link rel="alternate" hreflang="en" href="http://localhost:4321/en/models/resnet/">');
    expect(page).toContain('<link rel="alternate" hreflang="zh-CN" href="http://localhost:4321/zh/models/resnet/">');
  });

  it('loads nothing from another origin', () => {
    const external = [...site.pages.entries()].flatMap(([page, text]) =>
      [...text.matchAll(/<(?:script|link|img)\b[^>]*\s(?:src|href)="(https?:[^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((url) => !url.startsWith('http://localhost:4321/'))
        .map((url) => `${page}: ${url}`),
    );
    expect(external).toEqual([]);
  });

  it('exports open data in schema 1 with a page per language for each model', () => {
    const data = JSON.parse(readFileSync(`${DIST}/data/models.json`, 'utf8'));
    expect(data.schema).toBe(1);
    const resnet = data.models.find((m: { id: string }) => m.id === 'resnet');
    expect(resnet).toMatchObject({ name: 'ResNet', year: 2015, month: 12, paper: { arxiv: '1512.03385' }, tier: 'full' });
    // A build without ATLAS_SITE writes site-relative addresses, never http://localhost:4321.
    expect(resnet.pages).toEqual({ en: '/en/models/resnet/', 'zh-CN': '/zh/models/resnet/' });
    expect(resnet.architectures.find((a: { variant: string }) => a.variant === 'ResNet-50')).toEqual({ variant: 'ResNet-50', input: [3, 224, 224], params: 25557032, mult_adds: expect.any(Number) });
    for (const m of data.models) {
      expect(site.pages.has(`en/models/${m.id}/index.html`), m.id).toBe(true);
      expect(site.pages.has(`zh/models/${m.id}/index.html`), m.id).toBe(true);
    }
    const csv = readFileSync(`${DIST}/data/models.csv`, 'utf8').trim().split('\r\n');
    expect(csv.length).toBe(data.models.length + 1);
    const directions = JSON.parse(readFileSync(`${DIST}/data/directions.json`, 'utf8'));
    expect(directions.directions).toHaveLength(12);
  });

  it('writes one search index per language', () => {
    const entry = JSON.parse(readFileSync(`${DIST}/pagefind/pagefind-entry.json`, 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
  });
});
