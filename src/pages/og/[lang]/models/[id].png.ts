// The social card of each model page, per language: /og/<lang>/models/<id>.png (see lib/social/card.ts).
import type { APIRoute } from 'astro';
import { allDirections, allModels, lineStations } from '../../../../data/atlas.ts';
import { renderCard } from '../../../../data/social.ts';
import { excerptWindow, modelCard } from '../../../../lib/social/card.ts';
import { LOCALES, SEGMENT, type Locale } from '../../../../lib/i18n/locales.ts';
import { ui } from '../../../../lib/i18n/strings/site.ts';
import type { ModelFacts } from '../../../../lib/content/schema.ts';

export async function getStaticPaths() {
  const models = await allModels();
  return LOCALES.flatMap((locale) =>
    models.map((facts) => ({ params: { lang: SEGMENT[locale], id: facts.id }, props: { locale, facts } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { locale, facts } = props as { locale: Locale; facts: ModelFacts };
  const directions = await allDirections();
  const own = directions.filter((d) => facts.directions.includes(d.id));
  const stations = own[0] ? await lineStations(own[0].id) : [];
  const index = stations.findIndex((s) => s.kind === 'model' && s.id === facts.id);
  const card = modelCard({
    siteName: ui(locale).siteName,
    name: facts.name,
    subtitle: `${locale === 'zh-CN' ? `${facts.year} 年` : facts.year} · ${facts.venue}`,
    lines: own.map((d) => ({ name: d.name[locale], colour: d.colour })),
    excerpt: excerptWindow(stations, Math.max(index, 0)).map((s) => ({
      name: s.name,
      year: s.year,
      current: s.kind === 'model' && s.id === facts.id,
      planned: s.kind === 'planned',
    })),
  });
  return new Response(new Uint8Array(await renderCard(card)), { headers: { 'Content-Type': 'image/png' } });
};
