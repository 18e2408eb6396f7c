// Every variant's diagram, and every figure of several networks, in both views, as a standalone SVG file to
// download: one file per view holding both languages, the link's fragment (#zh-CN) choosing which shows.
import type { APIRoute } from 'astro';
import { allArchSpecs, architectureSectionsOf } from '../../../data/arch-specs.ts';
import { allModels } from '../../../data/atlas.ts';
import { renderArchitectureSvg, renderFigureSvg } from '../../../lib/notation/render-svg.ts';
import { diagramFile, figureFile, type DiagramView } from '../../../data/diagrams.ts';

const VIEWS = ['compact', 'expanded'] as const;

/** Each SVG to write: its file name and how to draw it. */
function downloads(names: Map<string, string>): { model: string; file: string; draw: (view: DiagramView) => string }[] {
  return allArchSpecs().flatMap((loaded) => {
    const variants = loaded.graphs.map((graph) => ({
      model: loaded.model,
      file: graph.variant.id,
      draw: (view: DiagramView) => renderArchitectureSvg(graph, { view, lang: 'all' }),
    }));
    const figures = architectureSectionsOf(loaded)
      .filter((s) => s.figure)
      .map((section) => ({
        model: loaded.model,
        file: figureFile(section.id),
        draw: (view: DiagramView) =>
          renderFigureSvg(
            section.networks.map((n) => n.featured),
            {
              view,
              lang: 'all',
              name: names.get(loaded.model) ?? loaded.model,
              feeds: Object.fromEntries(section.networks.map((n) => [n.id, n.feeds])),
            },
          ),
      }));
    return [...variants, ...figures];
  });
}

export async function getStaticPaths() {
  const names = new Map((await allModels()).map((m) => [m.id, m.name]));
  return downloads(names).flatMap((d) =>
    VIEWS.map((view) => ({
      params: { model: d.model, file: diagramFile(d.file, view) },
      props: { svg: d.draw(view) },
    })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { svg } = props as { svg: string };
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
