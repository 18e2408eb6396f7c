// Rule guarded: KaTeX's faces are served as WOFF2 only, shown with font-display: swap; other CSS is untouched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woff2FontFaces } from '../../../src/lib/site/font-faces.ts';

const katexCss = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');

describe('woff2FontFaces', () => {
  it('keeps only the WOFF2 source of every KaTeX face', () => {
    const out = woff2FontFaces(katexCss);
    const faces = out.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBe(20);
    for (const face of faces) {
      expect(face).toMatch(/src:url\(fonts\/KaTeX_[\w-]+\.woff2\) format\("woff2"\)[;}]/);
      expect(face).not.toMatch(/\.woff\)|\.ttf\)/);
      expect(face).toContain('font-display:swap');
    }
  });

  it('leaves everything outside @font-face as it was', () => {
    const strip = (css: string) => css.replace(/@font-face\{[^}]*\}/g, '');
    expect(strip(woff2FontFaces(katexCss))).toBe(strip(katexCss));
  });

  it('leaves a face without a WOFF2 source alone', () => {
    const css = '@font-face{font-family:X;src:url(x.woff) format("woff")}';
    expect(woff2FontFaces(css)).toBe(css);
  });
});
