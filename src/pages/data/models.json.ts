// Open data: every model's facts (schema documented in README.md).
import type { APIRoute } from 'astro';
import { allModels } from '../../data/atlas.ts';
import { exportModel, openDataHeader } from '../../lib/atlas/open-data.ts';
import { pageUrl } from '../../data/page-url.ts';
import { allArchitectures } from '../../data/arch-specs.ts';
import { methodIndexOf } from '../../data/catalogue.ts';
import { exportModelMethods } from '../../lib/atlas/open-data-catalogue.ts';

export const GET: APIRoute = async () => {
  const archs = allArchitectures();
  const { usages } = await methodIndexOf();
  const models = (await allModels()).map((m) =>
    exportModel(m, pageUrl('model'), archs[m.id], exportModelMethods(m.id, usages)),
  );
  return new Response(JSON.stringify({ ...openDataHeader(), models }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
