// The atlas's own social card per language (every page that is not a model page): /og/<lang>/atlas.png.
import type { APIRoute } from 'astro';
import { allDirections } from '../../../data/atlas.ts';
import { renderCard } from '../../../data/social.ts';
import { siteCard } from '../../../lib/social/card.ts';
import { localeStaticPaths, type Locale } from '../../../lib/i18n/locales.ts';
import { ui } from '../../../lib/i18n/strings/site.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const t = ui(locale);
  const directions = await allDirections();
  const card = siteCard({
    siteName: t.siteName,
    tagline: t.tagline,
    lines: directions.map((d) => ({ name: d.name[locale], colour: d.colour })),
  });
  return new Response(new Uint8Array(await renderCard(card)), { headers: { 'Content-Type': 'image/png' } });
};
