/**
 * Build-time access to the layer specs of the content folder being built (the real one or a fixture), read
 * and expanded once per build, the per-variant totals computed from them (charts, open data), and the
 * sections a model page draws of them.
 */
import { contentDirOf } from '../lib/content/content-dir.ts';
import { getArchSpecs, type LoadedSpec } from '../lib/notation/load.ts';
import { architectureRecords, type ArchitectureRecord } from '../lib/notation/architectures.ts';
import { architectureSections, type ArchitectureSection } from '../lib/notation/page-model.ts';

const root = process.cwd();

/** Every layer spec of the content folder being built, checked and expanded (read once per build). */
export function allArchSpecs(): LoadedSpec[] {
  return getArchSpecs(root, contentDirOf(root));
}

let byModel: { specs: LoadedSpec[]; index: Map<string, LoadedSpec> } | undefined;

/** One model's layer spec, or undefined when it has none (looked up by id: every model page asks). */
export function archSpecOf(modelId: string): LoadedSpec | undefined {
  const specs = allArchSpecs();
  if (byModel?.specs !== specs) byModel = { specs, index: new Map(specs.map((s) => [s.model, s])) };
  return byModel.index.get(modelId);
}

/** Per model id, every variant's computed totals (empty when no model has a layer spec). */
export function allArchitectures(): Record<string, ArchitectureRecord[]> {
  return Object.fromEntries(allArchSpecs().map((s) => [s.model, architectureRecords(s.graphs)]));
}

const sections = new Map<string, ArchitectureSection[]>();

/**
 * What a model page shows of a spec (page-model.ts), computed once per build: finding what each variable adds
 * rebuilds the graphs, and both language versions of the page and the diagram downloads ask for it.
 */
export function architectureSectionsOf(loaded: LoadedSpec): ArchitectureSection[] {
  let found = import.meta.env.DEV ? undefined : sections.get(loaded.model);
  if (!found) {
    found = architectureSections(loaded.spec, loaded.graphs, (model) => archSpecOf(model)?.spec);
    sections.set(loaded.model, found);
  }
  return found;
}

/** The id of a network's table on the layers page, which the model page links to. */
export function layerTableId(network: string): string {
  return `layers-${network}`;
}
