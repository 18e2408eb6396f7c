import { describe, expect, it } from 'vitest';
import { checkFormulas, extractFormulas } from '../../../src/lib/content/formulas.ts';
import { checkMdxSyntax } from '../../../src/lib/content/mdx-syntax.ts';
import { extractProseLinks } from '../../../src/lib/content/prose-links.ts';

describe('formulas', () => {
  it('finds inline and display formulas with their lines', () => {
    const body = 'Text $a+b$ here.\n\n$$\n\\frac{1}{2}\n$$\n';
    expect(extractFormulas(body)).toEqual([
      { tex: 'a+b', display: false, line: 1 },
      { tex: '\\frac{1}{2}', display: true, line: 3 },
    ]);
  });

  it('reports formulas KaTeX cannot parse, with KaTeX\'s message', () => {
    const errors = checkFormulas('Good $x^2$, bad $\\frac{1}{$ and $\\notacommand$.');
    expect(errors.map((e) => e.tex)).toEqual(['\\frac{1}{', '\\notacommand']);
    expect(errors[1]!.message).toMatch(/Undefined control sequence/);
  });
});

describe('MDX syntax', () => {
  it('accepts formulas with braces and rejects a bare < in text', async () => {
    expect(await checkMdxSyntax('Cost is $\\frac{a}{b}$.')).toBeUndefined();
    const error = await checkMdxSyntax('line one\n\nerror is <5% here');
    expect(error?.line).toBe(3);
  });
});

describe('links between entries', () => {
  it('reads ../id/ links as model links and flags other relative forms', () => {
    const links = extractProseLinks('See [VGG](../vgg/), [x](../vgg), [web](https://example.org) and [top](#a).');
    expect(links).toEqual([
      { url: '../vgg/', line: 1, model: 'vgg' },
      { url: '../vgg', line: 1, model: undefined },
    ]);
  });
});
