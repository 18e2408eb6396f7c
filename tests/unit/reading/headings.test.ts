import { describe, expect, it } from 'vitest';
import { addReadingAids, tocItems } from '../../../src/lib/reading/headings.ts';

const label = (text: string) => `Link to “${text}”`;
const page = (main: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><header><h2>Site</h2></header><main id="main">${main}</main></body></html>`;

describe('addReadingAids', () => {
  it('gives every section heading in main a self-link, and ids from their text where they had none', () => {
    const { html } = addReadingAids(page('<h2 id="cite-title">Cite</h2><h3>Two words</h3>'), { anchorLabel: label });
    expect(html).toContain(
      '<div class="heading-row"><h2 id="cite-title">Cite</h2><a class="heading-anchor" href="#cite-title" aria-label="Link to “Cite”" data-pagefind-ignore>#</a></div>',
    );
    expect(html).toContain('<h3 id="two-words">Two words</h3><a class="heading-anchor" href="#two-words"');
  });

  it('leaves headings outside main, headings that are links, and the rest of the page byte for byte alone', () => {
    const main = '<p>keep <b>this</b></p><h3><a href="/x/">Card</a></h3><svg viewBox="0 0 1 1"><title>s</title></svg>';
    const { html } = addReadingAids(page(main), { anchorLabel: label });
    expect(html).toBe(page(main));
  });

  it('puts self-links in the right places after drawings, nested ones and headings inside them left alone', () => {
    const svg =
      '<svg viewBox="0 0 1 1" aria-label="a > b"><g><svg><text>x</text></svg><h2>not a heading</h2></g></svg>';
    const main = `${svg}<h2>After</h2>${svg}<h3 id="late">Late</h3><svg/>`;
    const { html, headings } = addReadingAids(page(main), { anchorLabel: label });
    expect(headings.map((h) => h.id)).toEqual(['after', 'late']);
    expect(html).toBe(
      page(
        `${svg}<div class="heading-row"><h2 id="after">After</h2><a class="heading-anchor" href="#after" aria-label="Link to “After”" data-pagefind-ignore>#</a></div>${svg}<div class="heading-row"><h3 id="late">Late</h3><a class="heading-anchor" href="#late" aria-label="Link to “Late”" data-pagefind-ignore>#</a></div><svg/>`,
      ),
    );
  });

  it('never reuses an id already on the page', () => {
    const { headings } = addReadingAids(page('<p id="results">x</p><h2>Results</h2>'), { anchorLabel: label });
    expect(headings[0]!.id).not.toBe('results');
  });

  it('fills the contents list with h2 entries and their h3 entries nested, formulas counted once', () => {
    const main =
      '<nav data-toc><ol data-toc-list></ol></nav><h2 id="a">Idea</h2><h3 id="b">Loss <span class="katex"><span class="katex-mathml"><math><mi>L</mi><annotation>L</annotation></math></span><span class="katex-html" aria-hidden="true">L</span></span></h3><h2 id="c" class="visually-hidden">Lineage</h2>';
    const { html, headings } = addReadingAids(page(main), { anchorLabel: label });
    expect(headings.map((h) => [h.depth, h.id, h.text])).toEqual([
      [2, 'a', 'Idea'],
      [3, 'b', 'Loss L'],
      [2, 'c', 'Lineage'],
    ]);
    expect(html).toContain(
      '<ol data-toc-list><li><a href="#a">Idea</a><ol><li><a href="#b">Loss L</a></li></ol></li><li><a href="#c">Lineage</a></li></ol>',
    );
    // A visually hidden heading is listed but gets no visible link of its own.
    expect(html).not.toContain('href="#c" aria-label');
  });

  it('escapes heading text in the list', () => {
    expect(tocItems([{ depth: 2, id: 'x', text: 'a < b & "c"' }])).toBe(
      '<li><a href="#x">a &lt; b &amp; &quot;c&quot;</a></li>',
    );
  });
});
