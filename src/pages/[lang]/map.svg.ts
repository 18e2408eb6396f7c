// The map as a printable poster in each language (/en/map.svg, /zh/map.svg): an A3 sheet, light colours.
import type { APIRoute } from 'astro';
import { mapLayout } from '../../data/map.ts';
import { pageUrl } from '../../data/page-url.ts';
import { deployedSite } from '../../data/site.ts';
import { localeStaticPaths, type Locale } from '../../lib/i18n/locales.ts';
import { renderPoster } from '../../lib/metro/poster.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const layout = await mapLayout(locale);
  const model = pageUrl('model');
  // The poster names the deployed site, never a local build's address.
  const site = deployedSite();
  const years = `${layout.years[0]?.year ?? ''}–${layout.years.at(-1)?.year ?? ''}`;
  const svg = renderPoster(layout, { href: (id) => model(id, locale), years, site: site?.host ?? '' });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
