/**
 * Reads one content file as text the way every checker and the build should see it: a UTF-8 byte-order mark
 * and CRLF line endings are accepted as if absent (editors on Windows write both), bytes that are not UTF-8
 * are refused with the file's path (not left for a bundler to trip over), and a file over its size limit is
 * refused before it is read, so no single file can stall the build.
 */
import { readFileSync, statSync } from 'node:fs';

/** Prose is a page of explanation: the longest entry is under 10 KB. */
export const MAX_PROSE_BYTES = 200 * 1024;
/** Fact files, layer specs, the glossary: the largest is 14 KB; YAML this size still parses in a few seconds at worst. */
export const MAX_DATA_BYTES = 256 * 1024;

const BOM = '\uFEFF';

export type ReadResult = { text: string } | { problem: string; line?: number };

/** The text of a file, normalised (no BOM, LF line endings), or why it cannot be read as content. */
export function readContentFile(path: string, maxBytes: number): ReadResult {
  const size = statSync(path).size;
  if (size > maxBytes) {
    return { problem: `file is ${kb(size)}, over the limit of ${kb(maxBytes)}: split it or shorten it` };
  }
  return decodeContent(readFileSync(path));
}

/** UTF-8 bytes to normalised text, or the offset of the first byte that is not UTF-8. */
export function decodeContent(bytes: Uint8Array): ReadResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    return { problem: `not valid UTF-8 (decoding fails at byte ${offset}): save the file as UTF-8`, line };
  }
  if (text.startsWith(BOM)) text = text.slice(BOM.length);
  return { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}

/** The byte at which decoding first fails: found by halving, since TextDecoder does not say. */
function firstInvalidByte(bytes: Uint8Array): number {
  const valid = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (valid(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function kb(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}
