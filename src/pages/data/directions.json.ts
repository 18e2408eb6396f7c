// Open data: the twelve directions with their planned stations.
import type { APIRoute } from 'astro';
import { allDirections } from '../../data/atlas.ts';
import { exportDirection, openDataHeader } from '../../lib/atlas/open-data.ts';
import { pageUrl } from '../../data/page-url.ts';

export const GET: APIRoute = async () => {
  const directions = (await allDirections()).map((d) => exportDirection(d, pageUrl('direction')));
  return new Response(JSON.stringify({ ...openDataHeader(), directions }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
