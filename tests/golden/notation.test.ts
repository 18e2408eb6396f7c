/**
 * Golden outputs of the notation engine on the real layer specs: every variant's totals and per-layer table,
 * every downloadable diagram (model × variant × view, each file in both languages), the diagrams the model
 * pages embed (per language) and the legend icons. The compact English diagrams are stored in full, so
 * `git diff` shows what moved; the rest are recorded by size and hash, which keeps the folder a few MB as the atlas grows. Regenerate on
 * purpose with `npm run golden:update`.
 */
import { describe, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { LEGEND, renderLegendIcon } from '../../src/lib/notation/icons.ts';
import { architectureSections } from '../../src/lib/notation/page-model.ts';
import { renderArchitectureSvg, renderFigureSvg } from '../../src/lib/notation/render-svg.ts';
import { summarize } from '../../src/lib/notation/count.ts';
import { expectGolden, stableJson, svgLines } from '../support/golden.ts';
import { realContent } from '../support/real-content.ts';

const VIEWS = ['compact', 'expanded'] as const;
/** The width a model page wraps its diagrams at (Architecture.astro); downloads use the engine's default. */
const PAGE_WIDTH = 760;
/** The size of the legend icons on the notation page. */
const LEGEND_SIZE = 44;

describe('golden outputs: the architecture notation', () => {
  it('computes and draws every layer spec exactly as committed in tests/golden/notation/', () => {
    const { specs, archs } = realContent();
    const files = new Map([['totals.json', stableJson(archs)]]);
    const hashed = new Map<string, string>();
    for (const { model, spec, graphs } of specs) {
      for (const graph of graphs) {
        const id = `${model}/${graph.variant.id}`;
        hashed.set(`layers/${id}.json`, JSON.stringify(summarize(graph)));
        for (const view of VIEWS)
          hashed.set(`diagrams/${id}-${view}.svg`, renderArchitectureSvg(graph, { view, lang: 'all' }));
        files.set(`${id}-compact-en.svg`, svgLines(renderArchitectureSvg(graph, { view: 'compact', lang: 'en' })));
      }
      const specOf = (m: string) => specs.find((s) => s.model === m)?.spec;
      for (const section of architectureSections(spec, graphs, specOf))
        for (const view of VIEWS)
          for (const lang of LOCALES) {
            if (section.figure) {
              const featured = section.networks.map((n) => n.featured);
              const svg = renderFigureSvg(featured, { view, lang, maxWidth: PAGE_WIDTH, name: model });
              hashed.set(`pages/${model}/figure-${section.id}-${view}-${lang}.svg`, svg);
            } else {
              const network = section.networks[0]!;
              const svg = renderArchitectureSvg(network.featured, { view, lang, maxWidth: PAGE_WIDTH });
              hashed.set(`pages/${model}/${network.id}-${view}-${lang}.svg`, svg);
            }
          }
    }
    for (const { family } of LEGEND)
      for (const lang of LOCALES)
        hashed.set(`legend/${family}-${lang}.svg`, renderLegendIcon(family, lang, LEGEND_SIZE));
    expectGolden('notation', { files, hashed });
  });
});
