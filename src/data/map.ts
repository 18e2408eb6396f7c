/**
 * Build-time access to the map: the network from the content collections and content/map.yaml, and one
 * layout per language (cached for the whole build). Hint problems stop the build with their file and field.
 */
import type { Locale } from '../lib/i18n/locales.ts';
import { allDirections, allModels } from './atlas.ts';
import { loadMapHints } from '../lib/metro/load-map.ts';
import { buildNetwork, type Network } from '../lib/metro/network.ts';
import { layoutNetwork, layoutPortrait, type MetroLayout } from '../lib/metro/layout.ts';
import { lineNetwork, MINI_MAP_LAYOUT, neighbourhood } from '../lib/metro/minimap.ts';
import { validateLayout } from '../lib/metro/validate.ts';
import { IssuesError } from '../lib/issues.ts';
import { contentPathOf } from '../lib/content/content-dir.ts';

let network: Promise<Network> | undefined;
const layouts = new Map<string, MetroLayout>();

/** The map's network, built once per build; bad map hints stop the build with their file and field. */
export function mapNetwork(): Promise<Network> {
  // The dev server re-renders pages as content changes: draw afresh there, once per build otherwise.
  if (import.meta.env.DEV) network = undefined;
  network ??= (async () => {
    const [directions, models] = await Promise.all([allDirections(), allModels()]);
    const { network: net, problems } = buildNetwork(directions, models, loadMapHints(contentPathOf(process.cwd())));
    if (problems.length > 0) throw new IssuesError('The subway map cannot be drawn', problems);
    return net;
  })();
  return network;
}

/** The full map in one language, laid out for wide screens (landscape) or narrow ones (portrait). */
export async function mapLayout(
  locale: Locale,
  orientation: MetroLayout['orientation'] = 'landscape',
): Promise<MetroLayout> {
  const key = `map:${locale}:${orientation}`;
  let layout = import.meta.env.DEV ? undefined : layouts.get(key);
  if (!layout) {
    const net = await mapNetwork();
    layout = orientation === 'portrait' ? layoutPortrait(net, { locale }) : layoutNetwork(net, { locale });
    const problems = validateLayout(layout);
    if (problems.length > 0)
      console.warn(`[map] layout problems (${locale}, ${orientation}):\n${problems.slice(0, 20).join('\n')}`);
    layouts.set(key, layout);
  }
  return layout;
}

/** The small map of one station's neighbours. */
export async function miniLayout(stationId: string, locale: Locale): Promise<MetroLayout | undefined> {
  const net = await mapNetwork();
  if (!net.stations.has(stationId)) return undefined;
  return layoutNetwork(neighbourhood(net, stationId), { locale, ...MINI_MAP_LAYOUT });
}

/** One line on its own (its direction page), in either orientation. */
export async function lineLayout(
  lineId: string,
  locale: Locale,
  orientation: MetroLayout['orientation'],
): Promise<MetroLayout> {
  const net = lineNetwork(await mapNetwork(), lineId);
  return orientation === 'portrait' ? layoutPortrait(net, { locale }) : layoutNetwork(net, { locale });
}
