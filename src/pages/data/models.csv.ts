// Open data: one row per model, the scalar facts of models.json.
import type { APIRoute } from 'astro';
import { allModels } from '../../data/atlas.ts';
import { exportModel, modelsCsv } from '../../lib/atlas/open-data.ts';
import { pageUrl } from '../../data/page-url.ts';

export const GET: APIRoute = async () => {
  const models = (await allModels()).map((m) => exportModel(m, pageUrl('model')));
  return new Response(modelsCsv(models), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
