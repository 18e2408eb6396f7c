// The dist safety scan on a hand-written built site: it must catch each unsafe output by itself, without the
// content guard, and let through everything the site emits.
import { describe, expect, it } from 'vitest';
import { readSheets, readSite } from '../../../src/lib/links/read-site.ts';
import { findUnsafeOutput, scriptHash } from '../../../src/lib/links/safety.ts';
import { THEME_SCRIPT } from '../../../src/lib/site/inline-scripts.ts';
import type { SiteSnapshot } from '../../../src/lib/links/check.ts';

const DIR = new URL('../../fixtures/unsafe-site/', import.meta.url).pathname;
const ledger = { files: ['_astro/app.js'], hashes: [scriptHash('console.log("bundled and inlined by Vite");')] };
const options = { base: '/', site: 'https://atlas.example', ledger };

function scan(only: (file: string) => boolean): string[] {
  const site = readSite(DIR);
  const pages = new Map(
    [...site.pages].filter(([f]) => only(f)).map(([f, html]) => [f, html.replace('THEME', THEME_SCRIPT)]),
  );
  const sheets = new Map([...readSheets(DIR, site)].filter(([f]) => only(f)));
  const snapshot: SiteSnapshot = { files: site.files, pages };
  return findUnsafeOutput(snapshot, sheets, options)
    .map((u) => `${u.file}: ${u.what}`)
    .sort();
}

describe('the dist safety scan', () => {
  it("lets through the site's own scripts, same-origin resources and outbound links", () => {
    expect(scan((f) => f === 'index.html' || f === '_astro/site.css')).toEqual([]);
  });

  it('catches every unsafe output of a page', () => {
    expect(scan((f) => f === 'unsafe.html')).toEqual(
      [
        '<a href> "java script:alert(1)": a URL that runs script',
        '<a href> "javascript:alert(1)": a URL that runs script',
        '<a href> "vbscript:msgbox(1)": a URL that runs script',
        '<div style> url() "https://img.example/a.png": loads a resource from https://img.example',
        '<div style> url() "https://img.example/escaped.png": loads a resource from https://img.example',
        '<form action> "javascript:alert(1)": a URL that runs script',
        '<iframe src> "data:text/html,<script>alert(1)</script>": a URL that runs script',
        '<iframe srcdoc>: an embedded document',
        '<image href> "https://img.example/a.png": loads a resource from https://img.example',
        '<img onerror>: event-handler attribute',
        '<img src> "https://tracker.example/p.gif": loads a resource from https://tracker.example',
        '<img srcset> "https://cdn.example/b.png": loads a resource from https://cdn.example',
        '<link href> "https://fonts.example/css": loads a resource from https://fonts.example',
        '<meta http-equiv=refresh> "javascript:alert(1)": a URL that runs script',
        '<script src="/_astro/not-bundled.js">: a script the site did not emit',
        '<script src="https://cdn.example/x.js">: a script the site did not emit',
        '<script src> "https://cdn.example/x.js": loads a resource from https://cdn.example',
        '<script>alert(document.cookie)</script>: a script the site did not emit',
        '<style> @import "https://evil.example/x.css": loads a resource from https://evil.example',
        '<use xlink:href> "https://evil.example/sprite.svg#a": loads a resource from https://evil.example',
        '<video poster> "//cdn.example/p.jpg": loads a resource from https://cdn.example',
      ].map((w) => `unsafe.html: ${w}`),
    );
  });

  it('catches what stylesheets and SVG files load or run', () => {
    expect(scan((f) => f === '_astro/unsafe.css' || f === 'unsafe.svg')).toEqual([
      '_astro/unsafe.css: stylesheet image-set() "https://img.example/c.png": loads a resource from https://img.example',
      '_astro/unsafe.css: stylesheet url() "https://evil.example/y.css": loads a resource from https://evil.example',
      'unsafe.svg: <script>alert(2)</script>: a script the site did not emit',
      'unsafe.svg: <svg onload>: event-handler attribute',
    ]);
  });

  it('refuses an inline script that differs from what Vite bundled by a single character', () => {
    const pages = new Map([['a.html', '<script type="module">console.log("bundled and inlined by Vite!");</script>']]);
    expect(findUnsafeOutput({ files: new Set(['a.html']), pages }, new Map(), options)).toHaveLength(1);
  });
});
