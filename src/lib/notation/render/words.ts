/**
 * Text in every language at once, and how a diagram writes it. A diagram is laid out once for all languages:
 * every label is as wide as its widest rendering, so the languages share every coordinate and differ only in
 * their words. It is then written for one language (the copy a page inlines) or for all of them (the download
 * file): there each text that differs is written once per language, and the URL fragment picks which shows,
 * `…-compact.svg#zh-CN`, with the first locale (English) when there is none. That is CSS `:target` inside the
 * file, which works where the file is an `<img>` as well as opened on its own, and needs no script.
 */
import { LOCALES, SEGMENT, type Locale } from '../../i18n/locales.ts';
import { escapeXml } from '../../svg.ts';

/** One text per language. */
export type Words = Readonly<Record<Locale, string>>;

/** What a drawing says: the same in every language (a kernel size, a channel count) or words per language. */
export type Said = string | Words;

/** The languages a drawing is written in: one (a page's copy) or every locale (a file). */
export type Written = readonly Locale[];

/** The language shown when a file is opened without a fragment. */
const DEFAULT: Locale = LOCALES[0];

/** Words made by the same function for each language. */
export function inEvery(text: (lang: Locale) => string): Words {
  return Object.fromEntries(LOCALES.map((lang) => [lang, text(lang)])) as Record<Locale, string>;
}

/** The text of something said, in one language. */
export function inLang(said: Said, lang: Locale): string {
  return typeof said === 'string' ? said : said[lang];
}

/** The widest rendering of something said over every locale (not only those written): the layout is shared. */
export function widest(said: Said, width: (text: string) => number): number {
  return Math.max(...LOCALES.map((lang) => width(inLang(said, lang))));
}

/** The class that marks an element written for one language of several: `l-zh`. */
const langClass = (lang: Locale): string => `l-${SEGMENT[lang]}`;

/**
 * Writes an element once per distinct text: once with no mark when the written languages agree, else once per
 * language, with its language's class (and `lang` where it is not the file's own). `element` gets the escaped
 * text, the class to add (with a leading space, or '') and the attribute to add (the same).
 */
export function writeSaid(
  said: Said,
  written: Written,
  element: (text: string, cls: string, attrs: string) => string,
): string {
  const texts = written.map((lang) => inLang(said, lang));
  if (texts.every((t) => t === texts[0])) return element(escapeXml(texts[0]!), '', '');
  return written
    .map((lang, i) => element(escapeXml(texts[i]!), ` ${langClass(lang)}`, lang === DEFAULT ? '' : ` lang="${lang}"`))
    .join('');
}

/**
 * A tooltip (an SVG `<title>`, which CSS cannot switch) in the written languages: one text when they agree, else
 * the clauses they share ("conv1: 7×7/2 conv → 64×112×112") once and each language's own after them, a line each.
 */
export function tooltip(said: Said, written: Written): string {
  const texts = [...new Set(written.map((lang) => inLang(said, lang)))];
  if (texts.length === 1) return texts[0]!;
  const clauses = texts.map((t) => t.split('; '));
  let shared = 0;
  while (clauses.every((c) => shared < c.length - 1 && c[shared] === clauses[0]![shared])) shared++;
  const head = clauses[0]!.slice(0, shared).join('; ');
  const tails = clauses.map((c) => c.slice(shared).join('; '));
  return head ? `${head};\n${tails.join('\n')}` : tails.join('\n');
}

/**
 * Plain text for the written languages, joined where they differ (a file's title and description, which a
 * reader of either language should understand).
 */
export function joinSaid(said: Said, written: Written, between = ' · '): string {
  return [...new Set(written.map((lang) => inLang(said, lang)))].join(between);
}

/**
 * The targets and the style that switch a file's languages: an empty `<g id="zh-CN"/>` per locale, before
 * everything it switches, and rules that, while a locale is the fragment's target, hide every other locale's
 * text and show its own. Nothing for a drawing in one language.
 */
export function languageSwitch(written: Written): { targets: string; css: string } {
  if (written.length < 2) return { targets: '', css: '' };
  const targets = written.map((lang) => `<g id="${lang}"/>`).join('');
  // `~ .x, ~ * .x`: the switched text follows the targets as a sibling or inside one (a tag's group).
  const after = (lang: Locale, cls: string) => `#${lang}:target~.${cls},#${lang}:target~* .${cls}`;
  const css = written
    .filter((lang) => lang !== DEFAULT)
    .map(
      (lang) =>
        `.${langClass(lang)}{display:none}${after(lang, langClass(lang))}{display:inline}` +
        `${written
          .filter((other) => other !== lang)
          .map((other) => after(lang, langClass(other)))
          .join(',')}{display:none}`,
    )
    .join('');
  return { targets, css };
}
