// Open data: every model's facts (schema documented in README.md).
import type { APIRoute } from 'astro';
import { allModels } from '../../data/atlas.ts';
import { exportModel, OPEN_DATA_SCHEMA } from '../../lib/atlas/open-data.ts';
import { pageUrl } from '../../data/page-url.ts';
import { allArchitectures } from '../../data/arch-specs.ts';
import { methodIndexOf } from '../../data/catalogue.ts';
import { exportModelMethods } from '../../lib/atlas/open-data-catalogue.ts';

export const GET: APIRoute = async ({ site }) => {
  const archs = allArchitectures();
  const { usages } = await methodIndexOf();
  const models = (await allModels()).map((m) =>
    exportModel(m, pageUrl('model', site), archs[m.id], exportModelMethods(m.id, usages)),
  );
  return new Response(JSON.stringify({ schema: OPEN_DATA_SCHEMA, models }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
