/** Absolute page URLs for the open data export, honouring the site origin and base path. */
import type { Locale } from '../lib/i18n/locales.ts';
import { routePath, withBase } from '../lib/i18n/routes.ts';

/** A function giving a model's or a direction's page URL in a language, absolute when the site origin is known. */
export function pageUrl(page: 'model' | 'direction', site: URL | undefined) {
  return (id: string, locale: Locale): string => {
    const path = withBase(import.meta.env.BASE_URL, routePath({ page, id }, locale));
    return site ? new URL(path, site).href : path;
  };
}
