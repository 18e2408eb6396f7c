// Every variant's diagram, in both views and both languages, as a standalone SVG file to download.
import type { APIRoute } from 'astro';
import { allArchSpecs } from '../../../data/arch-specs.ts';
import { renderArchitectureSvg } from '../../../lib/notation/render-svg.ts';
import type { Graph } from '../../../lib/notation/graph.ts';
import { LOCALES, type Locale } from '../../../lib/i18n/locales.ts';
import { diagramFile, type DiagramView } from '../../../data/diagrams.ts';

export function getStaticPaths() {
  return allArchSpecs().flatMap((loaded) =>
    loaded.graphs.flatMap((graph) =>
      (['compact', 'expanded'] as const).flatMap((view) =>
        LOCALES.map((locale) => ({
          params: { model: loaded.model, file: diagramFile(graph.variant.id, view, locale) },
          props: { graph, view, locale },
        })),
      ),
    ),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { graph, view, locale } = props as { graph: Graph; view: DiagramView; locale: Locale };
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n${renderArchitectureSvg(graph, { view, lang: locale })}\n`,
    {
      headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
    },
  );
};
