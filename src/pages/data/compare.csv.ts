// Open data: the compare table, one row per model, each figure with its network and source.
import type { APIRoute } from 'astro';
import { allModels } from '../../data/atlas.ts';
import { pageUrl } from '../../data/page-url.ts';
import { byTime } from '../../lib/atlas/sort.ts';
import { compareRows } from '../../lib/charts/compare-rows.ts';
import { compareCsv } from '../../lib/charts/compare-csv.ts';
import { allArchitectures } from '../../data/arch-specs.ts';

export const GET: APIRoute = async () => {
  const rows = compareRows((await allModels()).sort(byTime), allArchitectures());
  const page = pageUrl('model');
  const csv = compareCsv(rows, (id) => ({ en: page(id, 'en'), zh: page(id, 'zh-CN') }));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
