// Guards src/lib/site/merge-stylesheets.ts: a page's stylesheets become one file in the same order, linked
// where the first was; pages of one list share the file; a list that concatenation could break stays as it was.
import { describe, expect, it } from 'vitest';
import { linkJoined, planStylesheets } from '../../../src/lib/site/merge-stylesheets.ts';

const link = (href: string) => `<link rel="stylesheet" href="${href}">`;
const page = (...hrefs: string[]) => `<head><meta charset="utf-8">${hrefs.map(link).join('')}<title>t</title></head>`;
const sheets: Record<string, string> = {
  '_astro/a.css': '.a{color:red}',
  '_astro/b.css': '.b{color:blue}',
  '_astro/c.css': '.c{margin:0}',
  '_astro/i.css': '@import url(x.css);.i{x:1}',
};
const read = (file: string) => sheets[file]!;

describe('joining each page’s stylesheets into one file', () => {
  it('concatenates a page’s stylesheets in its order and links the result where the first one was', () => {
    const html = page('/_astro/b.css', '/_astro/a.css');
    const plan = planStylesheets([html], read, '/');
    const [file, css] = [...plan.sheets][0]!;
    expect(css).toBe('.b{color:blue}\n.a{color:red}');
    expect(linkJoined(html, plan, '/')).toBe(`<head><meta charset="utf-8">${link(`/${file}`)}<title>t</title></head>`);
  });

  it('gives the pages of one list one shared file and another list its own', () => {
    const [p1, p2, p3] = [
      page('/_astro/a.css', '/_astro/b.css'),
      page('/_astro/a.css', '/_astro/b.css'),
      page('/_astro/a.css', '/_astro/c.css'),
    ];
    const plan = planStylesheets([p1, p2, p3], read, '/');
    expect(plan.sheets.size).toBe(2);
    expect(linkJoined(p1, plan, '/')).toBe(linkJoined(p2, plan, '/'));
    expect(linkJoined(p3, plan, '/')).not.toBe(linkJoined(p1, plan, '/'));
  });

  it('lists as unlinked only the files that no page still links on its own', () => {
    const plan = planStylesheets([page('/_astro/a.css', '/_astro/b.css'), page('/_astro/a.css')], read, '/');
    expect(plan.unlinked).toEqual(['_astro/b.css']);
  });

  it('names a joined file by its text, so the same input gives the same file', () => {
    const html = page('/_astro/a.css', '/_astro/b.css');
    expect([...planStylesheets([html], read, '/').sheets.keys()]).toEqual([
      ...planStylesheets([html], read, '/').sheets.keys(),
    ]);
    expect([...planStylesheets([html], read, '/').sheets.keys()][0]).toMatch(/^_astro\/pages\.[\w-]{8}\.css$/);
  });

  it('leaves a list with an @import as it was, since joining could move the import after other rules', () => {
    const html = page('/_astro/a.css', '/_astro/i.css');
    const plan = planStylesheets([html], read, '/');
    expect(plan.sheets.size).toBe(0);
    expect(linkJoined(html, plan, '/')).toBe(html);
  });

  it('joins under a base path and leaves stylesheets from elsewhere linked where they were', () => {
    const html = page('/atlas/_astro/a.css', '/atlas/feed.css', '/atlas/_astro/b.css');
    const plan = planStylesheets([html], (f) => read(f), '/atlas');
    const [file] = [...plan.sheets.keys()];
    expect(linkJoined(html, plan, '/atlas')).toBe(page(`/atlas/${file}`, '/atlas/feed.css'));
  });

  it('leaves a page with a single stylesheet alone', () => {
    const html = page('/_astro/a.css');
    const plan = planStylesheets([html], read, '/');
    expect(plan.sheets.size).toBe(0);
    expect(linkJoined(html, plan, '/')).toBe(html);
  });
});
