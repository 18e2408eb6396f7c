import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_FILES, openDataMarkdown } from '../../../src/lib/atlas/open-data-doc.ts';
import { exportDirection, exportModel, openDataHeader } from '../../../src/lib/atlas/open-data.ts';
import { realContent, root } from '../../support/real-content.ts';

const documented = (path: string) =>
  new Set(OPEN_DATA_FILES.find((f) => f.path === path)!.fields.flatMap((f) => f.name.split(/,\s*/)));
const url = (id: string, locale: string) => `/${locale}/${id}/`;

describe('the open-data documentation', () => {
  const content = realContent();
  it('describes every key models.json writes', () => {
    const keys = [...Object.keys(openDataHeader()), ...Object.keys(exportModel(content.models[0]!, url))];
    expect(keys.filter((k) => !documented('data/models.json').has(k))).toEqual([]);
  });
  it('describes every key directions.json writes', () => {
    const keys = [...Object.keys(openDataHeader()), ...Object.keys(exportDirection(content.directions[0]!, url))];
    expect(keys.filter((k) => !documented('data/directions.json').has(k))).toEqual([]);
  });
  it('has every field in both languages', () => {
    for (const file of OPEN_DATA_FILES)
      for (const field of file.fields) expect(field.meaning['zh-CN'], `${file.path} › ${field.name}`).not.toBe('');
  });
  it('is the text of docs/open-data.md (UPDATE_DOCS=1 rewrites it)', () => {
    const path = `${root}docs/open-data.md`;
    if (process.env.UPDATE_DOCS) writeFileSync(path, openDataMarkdown());
    expect(readFileSync(path, 'utf8')).toBe(openDataMarkdown());
  });
});
