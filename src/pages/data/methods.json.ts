// Open data: every method with its introducer and the models that use it (schema documented in README.md).
import type { APIRoute } from 'astro';
import { methodIndexOf } from '../../data/catalogue.ts';
import { openDataHeader } from '../../lib/atlas/open-data.ts';
import { exportMethod } from '../../lib/atlas/open-data-catalogue.ts';
import { pageUrl } from '../../data/page-url.ts';

export const GET: APIRoute = async () => {
  const { usages } = await methodIndexOf();
  const methods = usages.map((u) => exportMethod(u, pageUrl('method')));
  return new Response(JSON.stringify({ ...openDataHeader(), methods }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
