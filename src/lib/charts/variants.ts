/**
 * Whether two free-text variant descriptions ("ResNet-152, single model, 10-crop testing" and "ResNet-152")
 * name the same network, so an accuracy can be paired with a cost. Pure and deliberately conservative.
 */

/** Variants that are not the model itself: baselines and re-implementations of other networks. */
const NOT_THE_MODEL = /\b(?:baseline|re-?implement\w*|same network|instead)\b/i;
/** A first clause such as "ShuffleNet 2× with squeeze-and-excitation" or "MnasNet-A1 at depth multiplier 0.35". */
const MODIFIED_NAME = /\bwith\b|\bat (?:depth|width) multiplier\b/i;

/** Numbers that are counts or sizes rather than names: "22,855,952 parameters", "4.8 MB", "38 M mult-adds". */
const COUNT =
  /\b\d[\d,.]*\s*(?:parameters|weights|connections|images|identities|million|billion|bytes|MB|KB|GB|M|G|K|ms|%)(?![\w-])/gi;

/** Input sizes and test-time crops say how a network was run, not which network it is. */
const RUN =
  /\b\d+\s*×\s*\d+(?![\w.])|\b\d+-crop\b|\b\d+ crops\b|\b\d+-bit\b|\b\d+ runs\b|\b\d+-d\b|± ?[\d.]+|\b(?:Fig|Figure|Table|Sec|Section)\.? ?\d+\b/gi;

/** True when a variant is a baseline or a modified network and must not stand for the model. */
export function isModifiedVariant(variant: string): boolean {
  return NOT_THE_MODEL.test(variant) || MODIFIED_NAME.test(firstClause(variant));
}

/** Text before the first comma outside parentheses. */
export function firstClause(variant: string): string {
  let depth = 0;
  for (let i = 0; i < variant.length; i++) {
    const c = variant[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) return variant.slice(0, i);
  }
  return variant;
}

/** Normalises one token: "v1.0" → "1", "1.0×" → "1×", "0.50" → "0.5". */
function normalise(token: string): string {
  return token
    .toLowerCase()
    .replace(/^v(?=\d)/, '')
    .replace(/(\d+\.\d*?)0+(?=\D|$)/g, '$1')
    .replace(/\.(?=\D|$)/g, '');
}

/** The tokens of a variant that carry digits: "ResNeXt-50 (32×4d)" → resnext-50, 32×4d. */
export function identifyingTokens(variant: string): string[] {
  const text = variant.replace(COUNT, ' ').replace(RUN, ' ');
  const tokens = text.split(/[\s,;()[\]@=:/]+/).filter((t) => /\d/.test(t));
  return [...new Set(tokens.map(normalise))].sort();
}

function firstWord(variant: string): string {
  return (variant.trim().split(/[\s,;(]+/)[0] ?? '').toLowerCase();
}

/**
 * Same network: the digit-bearing tokens of one are a subset of the other's (non-empty), or neither has any
 * and both begin with the same word ("Xception, single crop" and "Xception (22,855,952 parameters)").
 */
export function sameVariant(a: string, b: string): boolean {
  const ta = identifyingTokens(a);
  const tb = identifyingTokens(b);
  if (ta.length === 0 && tb.length === 0) return firstWord(a) !== '' && firstWord(a) === firstWord(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const [small, large] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return small.every((t) => large.includes(t));
}
