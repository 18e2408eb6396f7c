/** Public API of the architecture notation engine (pure; the node:fs loader is in load.ts). */
export { checkSpec } from './validate.ts';
export { buildGraph, buildAllGraphs, listVariants } from './graph.ts';
export type { Graph, GraphNode, Struct, VariantRef, BuildOptions } from './graph.ts';
export { summarize, totals, nodesOf } from './count.ts';
export type { Summary, Totals, LayerRow, BlockRow } from './count.ts';
export { renderArchitectureSvg, defaultIdPrefix } from './render-svg.ts';
export type { RenderOptions } from './render-svg.ts';
export { LEGEND, ICONS, renderLegendIcon, styleSheet } from './icons.ts';
export type { LegendEntry, Lang } from './icons.ts';
export { architectureRecords } from './architectures.ts';
export type { ArchitectureRecord } from './architectures.ts';
export { NotationError, formatNotationIssue } from './errors.ts';
export type { NotationIssue } from './errors.ts';
export { LAYERS, LAYER_TYPES, FAMILIES, formatShape } from './layers/index.ts';
export type { Family, Shape } from './layers/index.ts';
export { archSpecSchema } from './spec-schema.ts';
export type { ArchSpec, Reported, BilingualText } from './spec-schema.ts';
