/**
 * Every page of the site as a typed route, and its path in each language. Pages build links only
 * through `routePath`, so a URL scheme change happens here and nowhere else.
 */
import { SEGMENT, type Locale } from './locales.ts';

export type Route =
  | { page: 'home' }
  | { page: 'direction'; id: string }
  | { page: 'model'; id: string }
  /** A model's per-layer tables, one per network, kept off the model page for its weight. */
  | { page: 'layers'; id: string }
  | { page: 'models' }
  | { page: 'about' }
  | { page: 'search' }
  | { page: 'notation' }
  | { page: 'compare' }
  | { page: 'timeline' }
  | { page: 'lineage' }
  | { page: 'map' }
  | { page: 'methods' }
  | { page: 'method'; id: string }
  | { page: 'benchmarks' }
  | { page: 'benchmark'; id: string }
  | { page: 'data' }
  /** The map as a standalone SVG poster. */
  | { page: 'poster' }
  /** The header search box's interface text, fetched on its first focus (search/messages.ts). */
  | { page: 'searchBox' };

/** Path of a route in a locale, relative to the site base, with a trailing slash (`en/models/resnet/`); a file
 * (the poster) ends in its extension. */
export function routePath(route: Route, locale: Locale): string {
  const root = `${SEGMENT[locale]}/`;
  switch (route.page) {
    case 'home':
      return root;
    case 'direction':
      return `${root}directions/${route.id}/`;
    case 'model':
      return `${root}models/${route.id}/`;
    case 'layers':
      return `${root}models/${route.id}/layers/`;
    case 'models':
      return `${root}models/`;
    case 'about':
      return `${root}about/`;
    case 'search':
      return `${root}search/`;
    case 'notation':
      return `${root}notation/`;
    case 'compare':
      return `${root}compare/`;
    case 'timeline':
      return `${root}timeline/`;
    case 'lineage':
      return `${root}lineage/`;
    case 'map':
      return `${root}map/`;
    case 'methods':
      return `${root}methods/`;
    case 'method':
      return `${root}methods/${route.id}/`;
    case 'benchmarks':
      return `${root}benchmarks/`;
    case 'benchmark':
      return `${root}benchmarks/${route.id}/`;
    case 'data':
      return `${root}data/`;
    case 'poster':
      return `${root}map.svg`;
    case 'searchBox':
      return `${root}search-box.json`;
  }
}

/** Joins the site base (`/` or `/some/path/`) and a relative path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}
