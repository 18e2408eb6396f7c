/** Broken-content fixtures: each case is the base fixture site with a few edits (tests/fixtures/broken/<case>/case.yaml). */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** An edit of the base fixture: replace a string, remove a file, write one, or append text or raw bytes. */
type Edit =
  | { file: string; find: string; replace: string }
  | { file: string; remove: true }
  | { file: string; content: string }
  | { file: string; append: string; times?: number }
  | { file: string; append_hex: string };

export interface BrokenCase {
  name: string;
  about: string;
  /** Only the link check of a built site catches it, not content validation. */
  buildOnly: boolean;
  edits: Edit[];
  expect: string[];
}

export function brokenCases(): BrokenCase[] {
  const dir = join(FIXTURES, 'broken');
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const raw = parse(readFileSync(join(dir, name, 'case.yaml'), 'utf8'));
      return { name, about: raw.about, buildOnly: raw.build_only === true, edits: raw.edits, expect: raw.expect };
    });
}

/** A fresh copy of the base fixture with the case's edits applied; returns its root folder. */
export function materialise(testCase?: BrokenCase): string {
  const root = mkdtempSync(join(tmpdir(), `atlas-${testCase?.name ?? 'base'}-`));
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  for (const edit of testCase?.edits ?? []) {
    const path = join(root, edit.file);
    if ('remove' in edit) rmSync(path);
    else if ('append' in edit) appendFileSync(path, edit.append.repeat(edit.times ?? 1));
    else if ('append_hex' in edit) appendFileSync(path, Buffer.from(edit.append_hex.replace(/\s/g, ''), 'hex'));
    else if ('content' in edit) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, edit.content);
    } else {
      const text = readFileSync(path, 'utf8');
      if (!text.includes(edit.find))
        throw new Error(`fixture ${testCase?.name}: "${edit.find}" not found in ${edit.file}`);
      writeFileSync(path, text.replace(edit.find, edit.replace));
    }
  }
  return root;
}

export function cleanup(root: string): void {
  if (existsSync(root)) rmSync(root, { recursive: true, force: true });
}
