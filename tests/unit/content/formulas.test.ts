import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { checkFormulas, extractFormulas } from '../../../src/lib/content/formulas.ts';
import { parseProse } from '../../../src/lib/content/prose-tree.ts';
import { extractProseLinks } from '../../../src/lib/content/prose-links.ts';

function tree(body: string): Root {
  const parsed = parseProse(body);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.tree;
}

describe('formulas', () => {
  it('finds inline and display formulas with their lines', () => {
    const body = 'Text $a+b$ here.\n\n$$\n\\frac{1}{2}\n$$\n';
    expect(extractFormulas(tree(body))).toEqual([
      { tex: 'a+b', display: false, line: 1 },
      { tex: '\\frac{1}{2}', display: true, line: 3 },
    ]);
  });

  it("reports formulas KaTeX cannot parse, with KaTeX's message", () => {
    const errors = checkFormulas(tree('Good $x^2$, bad $\\frac{1}{2$ and $\\notacommand$.'));
    expect(errors.map((e) => e.tex)).toEqual(['\\frac{1}{2', '\\notacommand']);
    expect(errors[1]!.message).toMatch(/Undefined control sequence/);
  });

  it('refuses the commands that link, load an image or write HTML', () => {
    const errors = checkFormulas(tree('$\\href{javascript:alert(1)}{x}$ and $\\includegraphics{https://e.org/a.png}$'));
    expect(errors.map((e) => e.message)).toEqual([
      '\\href is not allowed in a formula (no links, images or HTML)',
      '\\includegraphics is not allowed in a formula (no links, images or HTML)',
    ]);
  });
});

describe('MDX syntax', () => {
  it('accepts formulas with braces and rejects a bare < in text, with its line', () => {
    expect('tree' in parseProse('Cost is $\\frac{a}{b}$.')).toBe(true);
    const parsed = parseProse('line one\n\nerror is <5% here');
    expect('error' in parsed && parsed.error.line).toBe(3);
  });
});

describe('links between entries', () => {
  it('reads ../id/ links as model links and flags other relative forms', () => {
    const links = extractProseLinks(tree('See [VGG](../vgg/), [x](../vgg), [web](https://example.org) and [top](#a).'));
    expect(links).toEqual([
      { url: '../vgg/', line: 1, model: 'vgg' },
      { url: '../vgg', line: 1, model: undefined },
    ]);
  });
});
