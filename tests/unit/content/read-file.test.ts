import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeContent, readContentFile } from '../../../src/lib/content/read-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a content file', () => {
  it('accepts a byte-order mark and CRLF line endings as if absent', () => {
    expect(decodeContent(Buffer.from('\uFEFF---\r\nsummary: x\r\n---\r\n'))).toEqual({ text: '---\nsummary: x\n---\n' });
  });

  it('refuses bytes that are not UTF-8, with the line they are on', () => {
    const bytes = Buffer.concat([Buffer.from('line one\n残差\n'), Buffer.from([0xe6, 0x28]), Buffer.from('\n')]);
    expect(decodeContent(bytes)).toEqual({ problem: 'not valid UTF-8 (decoding fails at byte 17): save the file as UTF-8', line: 3 });
  });

  it('refuses a file over its limit before reading it', () => {
    const path = join(dir, 'big.mdx');
    writeFileSync(path, 'x'.repeat(3000));
    expect(readContentFile(path, 2048)).toEqual({ problem: 'file is 3 KB, over the limit of 2 KB: split it or shorten it' });
    expect(readContentFile(path, 4096)).toEqual({ text: 'x'.repeat(3000) });
  });
});
