/**
 * Runs on every page as Astro renders it (at build time for this static site, per request under `astro dev`):
 * adds the reading aids of src/lib/reading/headings.ts to HTML pages. Endpoints (data, diagrams, images, feeds)
 * pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { addReadingAids } from './lib/reading/headings.ts';
import { localeFromSegment } from './lib/i18n/locales.ts';
import { readingStrings } from './lib/i18n/strings/reading.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? 'text/html').startsWith('text/html')) return response;
  const path = context.url.pathname.slice(import.meta.env.BASE_URL.length).replace(/^\//, '');
  const locale = localeFromSegment(path.split('/')[0] ?? '') ?? 'en';
  const { html } = addReadingAids(await response.text(), { anchorLabel: readingStrings(locale).anchorLabel });
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
