/**
 * The Chinese glossary (content/glossary/zh-CN.yaml): its schema, and the two questions the content guard
 * asks of Chinese running text — which refused variants does it use, and is a term that must be glossed
 * followed by its English on first use. `except` phrases are masked before matching, so 高斯滤波器 never
 * counts as the refused 滤波器. A variant may be a regular expression of a linear-time kind: quantifiers
 * are bounded (at most 4 repeats, never nested) and there are no back-references, so no glossary entry can
 * make the guard slow on any text.
 */
import { z } from 'astro/zod';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { TextBlock } from './running-text.ts';

/** Repeats a glossary pattern may allow (`\s?`, `{0,3}`): enough for spelling variants, too few to backtrack. */
const MAX_REPEAT = 4;
/** `/…/` marks a regular expression; anything else is matched literally. */
const REGEX_ENTRY = /^\/(.+)\/$/s;

/** Why a pattern could match in more than linear time, or undefined when it cannot. */
export function unsafePattern(source: string): string | undefined {
  let ast;
  try {
    ast = new RegExpParser().parsePattern(source, undefined, undefined, { unicode: true });
  } catch (error) {
    return `not a valid regular expression: ${(error as Error).message}`;
  }
  let problem: string | undefined;
  visitRegExpAST(ast, {
    onBackreferenceEnter: () => void (problem ??= 'back-references are not allowed'),
    onQuantifierEnter: (q) => {
      if (q.max > MAX_REPEAT) problem ??= `"${q.raw}" repeats without a bound: write at most {0,${MAX_REPEAT}} (e.g. \\s? for one optional space)`;
      let inner = false;
      visitRegExpAST(q.element, { onQuantifierEnter: () => void (inner = true) });
      if (inner) problem ??= `"${q.raw}" nests one repeat inside another`;
    },
  });
  return problem;
}

const avoidEntry = z
  .string()
  .min(1)
  .superRefine((entry, ctx) => {
    const source = REGEX_ENTRY.exec(entry)?.[1];
    const problem = source === undefined ? undefined : unsafePattern(source);
    if (problem) ctx.addIssue({ code: 'custom', message: `pattern ${entry}: ${problem}` });
  });

export const glossaryTermSchema = z.strictObject({
  /** The English term, as the English pages write it. */
  en: z.string().trim().min(1),
  /** The rendering the atlas uses; several, for a pair of terms, separated by " / ". */
  zh: z.string().trim().min(1),
  /** Variants that fail the build: literal strings, or /regular expressions/. */
  avoid: z.array(avoidEntry).default([]),
  /** Longer phrases in which an avoided string is right; masked before matching. */
  except: z.array(z.string().trim().min(1)).default([]),
  /** The first use on a page is followed by the English in brackets: 跳连（shortcut）. */
  gloss: z.boolean().default(false),
  note: z.string().optional(),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossarySchema = z.strictObject({ terms: z.array(glossaryTermSchema).min(1) });
export type Glossary = z.infer<typeof glossarySchema>;

/** A term ready to match: its patterns compiled once. */
export interface CompiledTerm {
  term: GlossaryTerm;
  /** Index in the glossary's term list, for messages (`terms[12]`). */
  index: number;
  renderings: string[];
  avoid: { entry: string; find: (text: string) => { at: number; match: string }[] }[];
}

export function compileGlossary(glossary: Glossary): CompiledTerm[] {
  return glossary.terms.map((term, index) => ({
    term,
    index,
    renderings: term.zh.split(' / ').map((r) => r.trim()),
    avoid: term.avoid.map((entry) => ({ entry, find: finder(entry) })),
  }));
}

function finder(entry: string): (text: string) => { at: number; match: string }[] {
  const source = REGEX_ENTRY.exec(entry)?.[1];
  if (source !== undefined) {
    const regex = new RegExp(source, 'gu');
    return (text) => [...text.matchAll(regex)].filter((m) => m[0] !== '').map((m) => ({ at: m.index, match: m[0] }));
  }
  return (text) => {
    const found: { at: number; match: string }[] = [];
    for (let at = text.indexOf(entry); at !== -1; at = text.indexOf(entry, at + entry.length)) found.push({ at, match: entry });
    return found;
  };
}

/** `text` with every `except` phrase blanked out, offsets kept. */
function mask(text: string, phrases: readonly string[]): string {
  let out = text;
  for (const phrase of phrases) {
    if (out.includes(phrase)) out = out.split(phrase).join('\u0000'.repeat(phrase.length));
  }
  return out;
}

export interface VariantFinding {
  at: number;
  variant: string;
  term: CompiledTerm;
}

/** Every refused variant in a block of text, in order; of one term's overlapping matches, the longest. */
export function findVariants(text: string, terms: readonly CompiledTerm[]): VariantFinding[] {
  const found: VariantFinding[] = [];
  for (const term of terms) {
    if (term.avoid.length === 0) continue;
    const masked = term.term.except.length > 0 ? mask(text, term.term.except) : text;
    const matches = term.avoid.flatMap((avoid) => avoid.find(masked));
    matches.sort((a, b) => a.at - b.at || b.match.length - a.match.length);
    let end = -1;
    for (const { at, match } of matches) {
      if (at < end) continue;
      found.push({ at, variant: match, term });
      end = at + match.length;
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** A first use written without its English: the block and offset where the term first appears. */
export interface MissingGloss {
  block: TextBlock;
  at: number;
  rendering: string;
  term: CompiledTerm;
}

/** English in full-width brackets right after a term (or after its closing quote): 跳连（shortcut）, “起始层”（stem）. */
const GLOSS_AFTER = /^[”’」』]?\s?（[A-Za-z]/;

/**
 * For every `gloss: true` term a page uses: its first use outside headings must carry the English. A use inside
 * a longer rendering of another term is that term's use (交并比 in 平均交并比 is mIoU, not IoU).
 */
export function findMissingGlosses(blocks: readonly TextBlock[], terms: readonly CompiledTerm[]): MissingGloss[] {
  const missing: MissingGloss[] = [];
  const allRenderings = terms.flatMap((t) => t.renderings);
  for (const term of terms) {
    if (!term.term.gloss) continue;
    for (const rendering of term.renderings) {
      const longer = allRenderings.filter((r) => r !== rendering && r.includes(rendering));
      const first = firstUse(blocks, rendering, longer);
      if (first && !GLOSS_AFTER.test(first.block.text.slice(first.at + rendering.length))) {
        missing.push({ ...first, rendering, term });
      }
    }
  }
  return missing;
}

function firstUse(
  blocks: readonly TextBlock[],
  rendering: string,
  longer: readonly string[],
): { block: TextBlock; at: number } | undefined {
  for (const block of blocks) {
    if (block.heading) continue;
    const at = (longer.length > 0 ? mask(block.text, longer) : block.text).indexOf(rendering);
    if (at !== -1) return { block, at };
  }
  return undefined;
}

/**
 * The English to write after a term's first use: its abbreviation where it has one ("intersection over
 * union (IoU)" → IoU), otherwise its first spelling without remarks ("shortcut / skip connection" → shortcut).
 */
export function glossText(en: string): string {
  const abbreviation = /\(([A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\)\s*$/.exec(en)?.[1];
  if (abbreviation) return abbreviation;
  return (en.replace(/\s*\([^)]*\)/g, '').split(' / ')[0] ?? en).trim();
}

/** Renderings the glossary itself refuses (a refused variant inside a rendering): a bug in the glossary. */
export function glossaryConflicts(terms: readonly CompiledTerm[]): { term: CompiledTerm; variant: string; of: CompiledTerm }[] {
  return terms.flatMap((term) =>
    term.renderings.flatMap((rendering) =>
      findVariants(rendering, terms).map((f) => ({ term, variant: f.variant, of: f.term })),
    ),
  );
}
