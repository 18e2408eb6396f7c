import { describe, expect, it } from 'vitest';
import { checkProsePolicy, urlScheme } from '../../../src/lib/content/prose-policy.ts';
import { parseProse } from '../../../src/lib/content/prose-tree.ts';

const FILES = new Set(['assets/plot.png', 'assets/figure.svg']);

/** The messages the policy gives for a body, with their lines. */
function refusals(body: string): string[] {
  const parsed = parseProse(body);
  if ('error' in parsed) throw new Error(parsed.error.message);
  const context = { figures: new Set(['MarginBoundaries']), fileExists: (p: string) => FILES.has(p) };
  return checkProsePolicy(parsed.tree, context).map((v) => `${v.line}: ${v.message}`);
}

describe('the prose policy', () => {
  it('lets through Markdown, math, links, inert tags, figures with literal props and own images', () => {
    const body = [
      '## Heading',
      '',
      'Text with *emphasis*, `code`, $\\frac{a}{b}$, H<sub>2</sub>O, x<sup>2</sup>, <kbd>Ctrl</kbd> and <abbr title="Batch normalisation">BN</abbr>.',
      '',
      '[VGG](../vgg/), [a section](#results), [the paper](https://arxiv.org/abs/1512.03385), [http](http://example.org) and [mail](mailto:a@example.org); www.example.org.',
      '',
      '<MarginBoundaries locale="en" size={320} scale={-1.5} filled={true} label={null} />',
      '',
      '![A plot](assets/plot.png) {/* a comment is not code */}',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
    ].join('\n');
    expect(refusals(body)).toEqual([]);
  });

  it('refuses import and export, naming the line', () => {
    expect(refusals("Text.\n\nimport secret from '/etc/passwd'\n\nexport const x = 1")).toEqual([
      '3: import: prose cannot import or export; place a figure by name, without an import',
      '5: export: prose cannot import or export; place a figure by name, without an import',
    ]);
  });

  it('refuses expressions in text and in props, and spread props', () => {
    expect(refusals('Home is {process.env.HOME}.')).toEqual([
      '1: expression {process.env.HOME}: prose holds no code; write \\{ for a literal brace',
    ]);
    expect(refusals('<MarginBoundaries locale={lang} />\n\n<MarginBoundaries {...props} />')).toEqual([
      '1: <MarginBoundaries locale={lang}>: only literal props are allowed ("en", 3, true)',
      '3: <MarginBoundaries {...props}>: spread props are not allowed',
    ]);
  });

  it('refuses components that are not registered figures, and fragments', () => {
    expect(refusals('<Secret />\n\n<svg:rect />\n\n<>x</>')).toEqual([
      '1: <Secret> is not a registered figure (prose may place: MarginBoundaries)',
      '3: <svg:rect> is not a registered figure (prose may place: MarginBoundaries)',
      '5: a fragment <>…</>: not allowed in prose',
    ]);
  });

  it('refuses script, iframe, object, embed, form, style and other HTML, once per tag', () => {
    const body = ['<script>alert(1)</script>', '<iframe src="https://e.org" />', '<object data="x" />', '<embed src="x" />', '<form action="x" />', '<style>{"p{}"}</style>', '<div>text</div>'].join('\n\n');
    expect(refusals(body)).toEqual([
      '1: <script>: not allowed in prose (pages provide every script)',
      '3: <iframe>: not allowed in prose (nothing is embedded from elsewhere)',
      '5: <object>: not allowed in prose (nothing is embedded from elsewhere)',
      '7: <embed>: not allowed in prose (nothing is embedded from elsewhere)',
      '9: <form>: not allowed in prose (prose submits nothing)',
      '11: <style>: not allowed in prose (the site’s stylesheets style prose)',
      '11: expression {"p{}"}: prose holds no code; write \\{ for a literal brace',
      '13: <div>: not allowed in prose (HTML allowed: sub, sup, br, wbr, kbd, abbr, var, samp, small, mark, dfn, q, s, del, ins)',
    ]);
  });

  it('refuses event handlers, style and other attributes, even on inert tags and figures', () => {
    expect(refusals('<sub onclick="x" style="color:red" id="a">2</sub> <MarginBoundaries locale="en" onLoad="x" set:html="<b>" />')).toEqual([
      '1: <sub onclick>: event-handler attributes are not allowed (they run code)',
      '1: <sub style>: style attributes are not allowed (the site’s stylesheets style prose)',
      '1: <sub id>: attribute not allowed in prose (allowed: title, lang, dir)',
      '1: <MarginBoundaries onLoad>: event-handler attributes are not allowed (they run code)',
      '1: <MarginBoundaries set:html>: directives are not allowed in prose',
    ]);
  });

  it('refuses link schemes that run or embed, however they are spelt', () => {
    const body = ['[a](javascript:alert(1))', '[b](JaVaScRiPt:alert(1))', '[c](java&#x73;cript:x)', '[d](data:text/html,x)', '[e](vbscript:x)', '[f](//evil.example/)', '[g][ref]', '', '[ref]: file:///etc/passwd'].join('\n');
    expect(refusals(body)).toEqual([
      '1: link to "javascript:alert(1)": javascript: links are not allowed (relative, #anchor, https:, http: or mailto:)',
      '2: link to "JaVaScRiPt:alert(1)": javascript: links are not allowed (relative, #anchor, https:, http: or mailto:)',
      '3: link to "javascript:x": javascript: links are not allowed (relative, #anchor, https:, http: or mailto:)',
      '4: link to "data:text/html,x": data: links are not allowed (relative, #anchor, https:, http: or mailto:)',
      '5: link to "vbscript:x": vbscript: links are not allowed (relative, #anchor, https:, http: or mailto:)',
      '6: link to "//evil.example/": write the scheme (https://…)',
      '9: link to "file:///etc/passwd": file: links are not allowed (relative, #anchor, https:, http: or mailto:)',
    ]);
  });

  it("takes images only from the model's own folder, as raster files that exist", () => {
    const body = ['![a](https://cdn.example/x.png)', '![b](../alexnet/assets/x.png)', '![c](/etc/x.png)', '![d](assets/figure.svg)', '![e](assets/missing.png)', '![f][img]', '', '[img]: ./../../x.png'].join('\n');
    expect(refusals(body)).toEqual([
      `1: image "https://cdn.example/x.png": images come from the model's own folder (assets/<file>), never from a URL or another folder`,
      `2: image "../alexnet/assets/x.png": images come from the model's own folder (assets/<file>), not from another folder`,
      `3: image "/etc/x.png": images come from the model's own folder (assets/<file>), never from a URL or another folder`,
      '4: image "assets/figure.svg": an image is a .png, .jpg, .webp, .avif or .gif file (draw diagrams as figures)',
      `5: image "assets/missing.png": no such file in the model's folder`,
      `8: image "./../../x.png": images come from the model's own folder (assets/<file>), not from another folder`,
    ]);
  });
});

describe('urlScheme', () => {
  it('reads the scheme a browser would, past leading spaces, control characters, tabs and newlines', () => {
    expect(urlScheme(' \u0001java\tscript:x')).toBe('javascript');
    expect(urlScheme('HTTPS://x')).toBe('https');
    expect(urlScheme('../vgg/')).toBeUndefined();
    expect(urlScheme('#a:b')).toBeUndefined();
  });
});
