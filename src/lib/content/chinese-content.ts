/**
 * The Chinese edition beyond the prose: reads the glossary (content/glossary/zh-CN.yaml, optional — a content
 * folder without one is not checked for terms) and checks the Chinese text of the data files that pages
 * show as sentences: lineage changes, notes, code notes, line names and descriptions.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { formatPath, type Issue } from '../issues.ts';
import type { LoadedContent } from './load.ts';
import { compileGlossary, glossaryConflicts, glossarySchema, type CompiledTerm } from './glossary.ts';
import { checkChineseText } from './chinese-text.ts';
import { textBlock } from './running-text.ts';
import { MAX_DATA_BYTES, readContentFile } from './read-file.ts';

export const GLOSSARY_FILE = 'glossary/zh-CN.yaml';

/** The compiled glossary (undefined when the folder has none or it is invalid) and its problems. */
export function loadGlossary(projectRoot: string, contentDir: string): { terms?: CompiledTerm[]; issues: Issue[] } {
  const path = join(projectRoot, contentDir, GLOSSARY_FILE);
  if (!existsSync(path)) return { issues: [] };
  const file = relative(projectRoot, path).split('\\').join('/');
  const read = readContentFile(path, MAX_DATA_BYTES);
  if ('problem' in read) return { issues: [{ file, line: read.line, message: read.problem }] };
  let raw: unknown;
  try {
    raw = parseYaml(read.text);
  } catch (error) {
    return { issues: [{ file, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const parsed = glossarySchema.safeParse(raw);
  if (!parsed.success) {
    return { issues: parsed.error.issues.map((i) => ({ file, field: formatPath(i.path) || undefined, message: i.message })) };
  }
  const terms = compileGlossary(parsed.data);
  const conflicts = glossaryConflicts(terms).map(({ term, variant, of }) => ({
    file,
    field: `terms[${term.index}].zh`,
    message: `the rendering ${term.term.zh} contains "${variant}", which terms[${of.index}] (${of.term.en}) refuses: add an except phrase there`,
  }));
  return { terms, issues: conflicts };
}

/** Chinese sentences in facts and direction files, checked for refused variants and straight quotes. */
export function checkChineseData(content: LoadedContent, terms: readonly CompiledTerm[]): Issue[] {
  const fields: { file: string; field: string; text: string }[] = [];
  for (const { file, data } of content.models) {
    data.builds_on.forEach((b, i) => fields.push({ file, field: `builds_on[${i}].change.zh-CN`, text: b.change['zh-CN'] }));
    data.notes.forEach((n, i) => fields.push({ file, field: `notes[${i}].zh-CN`, text: n['zh-CN'] }));
    data.code.forEach((c, i) => c.note && fields.push({ file, field: `code[${i}].note.zh-CN`, text: c.note['zh-CN'] }));
  }
  for (const { file, data } of content.directions) {
    fields.push({ file, field: 'name.zh-CN', text: data.name['zh-CN'] }, { file, field: 'description.zh-CN', text: data.description['zh-CN'] });
  }
  return fields.flatMap(({ file, field, text }) => checkChineseText({ file, field, blocks: [textBlock(text)], page: false }, terms));
}
