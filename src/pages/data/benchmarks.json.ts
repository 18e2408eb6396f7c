// Open data: every benchmark with its boards and their results (schema documented in README.md).
import type { APIRoute } from 'astro';
import { allBenchmarks, allBoards } from '../../data/catalogue.ts';
import { openDataHeader } from '../../lib/atlas/open-data.ts';
import { exportBenchmark } from '../../lib/atlas/open-data-catalogue.ts';
import { pageUrl } from '../../data/page-url.ts';

export const GET: APIRoute = async () => {
  const [benchmarks, boards] = await Promise.all([allBenchmarks(), allBoards()]);
  const exported = benchmarks.map((b) => exportBenchmark(b, boards.get(b.id) ?? [], pageUrl('benchmark')));
  return new Response(JSON.stringify({ ...openDataHeader(), benchmarks: exported }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
