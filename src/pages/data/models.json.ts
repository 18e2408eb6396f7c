// Open data: every model's facts (schema documented in README.md).
import type { APIRoute } from 'astro';
import { allModels } from '../../data/atlas.ts';
import { exportModel, openDataHeader } from '../../lib/atlas/open-data.ts';
import { pageUrl } from '../../data/page-url.ts';
import { allArchitectures } from '../../data/arch-specs.ts';

export const GET: APIRoute = async () => {
  const archs = allArchitectures();
  const models = (await allModels()).map((m) => exportModel(m, pageUrl('model'), archs[m.id]));
  return new Response(JSON.stringify({ ...openDataHeader(), models }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
