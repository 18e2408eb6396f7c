// Open data: every model's facts (schema documented in README.md).
import type { APIRoute } from 'astro';
import { allModels } from '../../data/atlas.ts';
import { exportModel, OPEN_DATA_SCHEMA } from '../../lib/atlas/open-data.ts';
import { pageUrl } from '../../data/page-url.ts';
import { allArchitectures } from '../../data/arch-specs.ts';

export const GET: APIRoute = async ({ site }) => {
  const archs = allArchitectures();
  const models = (await allModels()).map((m) => exportModel(m, pageUrl('model', site), archs[m.id]));
  return new Response(JSON.stringify({ schema: OPEN_DATA_SCHEMA, models }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
