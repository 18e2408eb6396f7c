// robots.txt: everything may be crawled; the sitemap index says where every page is.
import type { APIRoute } from 'astro';
import { withBase } from '../lib/i18n/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, 'sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
