// Colours of the map in both themes: lines at least 3:1 and labels at least 4.5:1 against the map's
// background and its year stripes (values read from the stylesheets and the direction files).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../src/lib/metro/contrast.ts';
import { realContent, root } from '../support/real-content.ts';

const css =
  readFileSync(`${root}src/styles/global.css`, 'utf8') + readFileSync(`${root}src/components/map/metro.css`, 'utf8');
const pair = (name: string): [string, string] => {
  const m = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-fA-F]{6}),\\s*(#[0-9a-fA-F]{6})\\)`).exec(css);
  if (!m) throw new Error(`--${name} not found`);
  return [m[1]!, m[2]!];
};

describe('map colours', () => {
  const backgrounds = [pair('bg'), pair('metro-stripe')];
  const { directions } = realContent();

  it.each(directions.map((d) => [d.id, d.colour, d.colour_dark] as const))(
    'line %s stands out 3:1 in both themes',
    (_, light, dark) => {
      for (const [bgLight, bgDark] of backgrounds) {
        expect(contrast(light, bgLight)).toBeGreaterThanOrEqual(3);
        expect(contrast(dark, bgDark)).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('labels, planned labels and year labels read at 4.5:1 in both themes', () => {
    for (const text of [pair('fg'), pair('fg-muted')]) {
      for (const [bgLight, bgDark] of backgrounds) {
        expect(contrast(text[0], bgLight)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(text[1], bgDark)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
