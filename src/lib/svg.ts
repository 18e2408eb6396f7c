/**
 * The two helpers every SVG writer needs, written once: text escaped for XML (content and attribute values)
 * and coordinates rounded to a tenth of a pixel, which no screen shows and which keeps the markup short.
 */

/** `&`, `<`, `>` and `"` as entities: safe inside text and inside double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rounded to 0.1 (prints without trailing zeros in a template: `12.5`, `3`). */
export function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
