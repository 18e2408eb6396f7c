/**
 * Golden outputs of the metro engine on the real content: the network, the full map's layout and SVG in each
 * language and orientation, and every model page's mini-map (by hash). Regenerate on purpose with `npm run golden:update`.
 */
import { describe, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { routePath, withBase } from '../../src/lib/i18n/routes.ts';
import { buildNetwork } from '../../src/lib/metro/network.ts';
import { layoutNetwork, layoutPortrait } from '../../src/lib/metro/layout.ts';
import { MINI_MAP_LAYOUT, neighbourhood } from '../../src/lib/metro/minimap.ts';
import { renderMapSvg, rideData } from '../../src/lib/metro/svg.ts';
import { mapStrings } from '../../src/lib/i18n/strings/map.ts';
import { expectGolden, stableJson, svgLines } from '../support/golden.ts';
import { realContent } from '../support/real-content.ts';

const MINI_CLASS = 'metro-svg metro-svg--mini';

describe('golden outputs: the subway map', () => {
  it('lays out and draws the real map exactly as committed in tests/golden/map/', () => {
    const { directions, models, hints } = realContent();
    const { network, problems } = buildNetwork(directions, models, hints);
    const lines = network.lines.map(({ tracks: _, ...line }) => line);
    const tracks = network.lines.flatMap((l) => l.tracks);
    const files = new Map([['network.json', stableJson({ problems, lines, tracks, stations: network.stations })]]);
    const hashed = new Map<string, string>();
    for (const locale of LOCALES) {
      const href = (id: string) => withBase('/', routePath({ page: 'model', id }, locale));
      const layout = layoutNetwork(network, { locale });
      const { network: _, ...placed } = layout;
      files.set(`layout-${locale}.json`, stableJson(placed));
      files.set(
        `map-${locale}.svg`,
        svgLines(renderMapSvg(layout, { idPrefix: 'map', href, labelledBy: 'map-title' })),
      );
      files.set('ride.json', stableJson(rideData(layout), 3)); // the same in every language
      const portrait = layoutPortrait(network, { locale });
      const { network: __, ...rows } = portrait;
      files.set(`portrait-${locale}.json`, stableJson(rows));
      files.set(
        `portrait-${locale}.svg`,
        svgLines(renderMapSvg(portrait, { idPrefix: 'mapv', href, labelledBy: 'map-title' })),
      );
      // As MiniMap.astro draws them.
      for (const m of models.filter((m) => network.stations.has(m.id))) {
        const mini = layoutNetwork(neighbourhood(network, m.id), { locale, ...MINI_MAP_LAYOUT });
        const label = mapStrings(locale).miniLabel(m.name);
        const svg = renderMapSvg(mini, { idPrefix: 'mini', href, current: m.id, label, className: MINI_CLASS });
        hashed.set(`mini/${m.id}-${locale}.svg`, svg);
      }
    }
    expectGolden('map', { files, hashed });
  });
});
