// The header search box's interface text per language (suggestion counts, result kinds, why-labels), fetched
// on the box's first focus with the index instead of carried by every page (src/lib/search/messages.ts).
import type { APIRoute } from 'astro';
import { localeStaticPaths, type Locale } from '../../lib/i18n/locales.ts';
import { boxFetchedMessages } from '../../lib/search/messages.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { locale } = props as { locale: Locale };
  return new Response(JSON.stringify(boxFetchedMessages(locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
