/**
 * How text becomes search terms, the same at build time (Node) and in the browser, so a query meets the index
 * in one shape. Latin script splits into words (case and width folded); Chinese, which has no spaces, splits into
 * overlapping character pairs, so 人脸对齐 meets 人脸对齐 / 关键点 and 三维稠密人脸对齐 alike, whatever a word
 * segmenter would have made of either. A whole name is also kept as one key (nameKey), so "Inception v1",
 * "inception-v1" and "InceptionV1" are the same phrase.
 */
import { nameKey } from '../atlas/names.ts';

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/u;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
/** Letters and digits of any script but Chinese: what a Latin-script word is made of. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * English words that join a title's words and say nothing on their own: not indexed, and not required of a
 * query ("deep learning for face" needs deep, learning and face). A whole title still matches as its phrase key.
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'via',
  'with',
]);

/** True when the text holds a Chinese character. */
export function hasChinese(text: string): boolean {
  return CJK_CHAR.test(text);
}

/** Width-folded lower case: "ＲｅｓＮｅｔ" and "resnet" read alike. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Character pairs of a Chinese run; a run of one character is itself. */
function pairs(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  return chars.slice(1).map((c, i) => chars[i]! + c);
}

/**
 * The words of a text: Latin-script words and numbers as written (folded), Chinese as character pairs, in
 * order, repeats kept. A single Latin letter and the stop words say nothing on their own and are left out
 * ("A-Softmax" → softmax; the phrase key asoftmax still finds it).
 */
export function words(text: string): string[] {
  const folded = fold(text);
  const out: string[] = [];
  for (const part of folded.split(CJK_RUN)) {
    for (const w of part.match(WORD) ?? []) if ((w.length > 1 || /\d/.test(w)) && !STOP_WORDS.has(w)) out.push(w);
  }
  for (const run of folded.match(CJK_RUN) ?? []) out.push(...pairs(run));
  return out;
}

/** The key a whole name, title or query is compared by (the atlas's one name rule). */
export function phraseKey(text: string): string {
  return nameKey(text);
}

/** A query as the index reads it: its phrase key and its distinct words. */
export interface QueryTerms {
  key: string;
  words: string[];
}

export function queryTerms(query: string): QueryTerms {
  return { key: phraseKey(query), words: [...new Set(words(query))] };
}
