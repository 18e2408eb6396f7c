/**
 * Page URLs for the open data export, honouring the base path: absolute on the deployed origin when the build
 * knows it (ATLAS_SITE), site-relative otherwise — a local build never writes http://localhost:4321 into files
 * that get downloaded and shared.
 */
import type { Locale } from '../lib/i18n/locales.ts';
import { routePath, withBase } from '../lib/i18n/routes.ts';
import { deployedSite } from './site.ts';

/** A function giving a page's URL in a language by its id, absolute when the site origin is known. */
export function pageUrl(page: 'model' | 'direction' | 'method' | 'benchmark') {
  const site = deployedSite();
  return (id: string, locale: Locale): string => {
    const path = withBase(import.meta.env.BASE_URL, routePath({ page, id }, locale));
    return site ? new URL(path, site).href : path;
  };
}
