// The entries feed (RSS 2.0) per language: every model entry, newest first by the day it was added to the
// atlas (from the repository's history; the paper's month when there is none), with its summary and lines.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allDirections, allModels, proseOf } from '../../data/atlas.ts';
import { entryDates } from '../../data/history.ts';
import { localeStaticPaths, type Locale } from '../../lib/i18n/locales.ts';
import { routePath, withBase } from '../../lib/i18n/routes.ts';
import { ui } from '../../lib/i18n/strings/site.ts';
import { readingStrings } from '../../lib/i18n/strings/reading.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as { locale: Locale };
  const r = readingStrings(locale);
  const base = import.meta.env.BASE_URL;
  const [models, directions] = await Promise.all([allModels(), allDirections()]);
  const dates = entryDates();
  const name = new Map(directions.map((d) => [d.id, d.name[locale]]));
  const items = await Promise.all(
    models.map(async (m) => {
      const added = dates.get(m.id)?.added;
      return {
        title: m.name,
        link: withBase(base, routePath({ page: 'model', id: m.id }, locale)),
        pubDate: added ? new Date(`${added}T00:00:00Z`) : new Date(Date.UTC(m.year, m.month - 1, 1)),
        description: (await proseOf(m.id, locale)).data.summary,
        categories: m.directions.map((d) => name.get(d) ?? d),
      };
    }),
  );
  items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
  return rss({
    title: r.feedTitle,
    description: r.feedDescription,
    site: new URL(withBase(base, routePath({ page: 'home' }, locale)), site),
    items,
    customData: `<language>${locale === 'en' ? 'en' : 'zh-cn'}</language><generator>${ui(locale).siteName}</generator>`,
    trailingSlash: true,
  });
};
