// Open data: every model's facts (schema documented in README.md).
import type { APIRoute } from 'astro';
import { allModels } from '../../data/atlas.ts';
import { exportModel, OPEN_DATA_SCHEMA } from '../../lib/atlas/open-data.ts';
import { pageUrl } from '../../data/page-url.ts';
import { allArchSpecs } from '../../data/arch-specs.ts';
import { architectureRecords } from '../../lib/notation/architectures.ts';

export const GET: APIRoute = async ({ site }) => {
  const archs = new Map(allArchSpecs().map((s) => [s.model, architectureRecords(s.graphs)]));
  const models = (await allModels()).map((m) => exportModel(m, pageUrl('model', site), archs.get(m.id)));
  return new Response(JSON.stringify({ schema: OPEN_DATA_SCHEMA, models }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
