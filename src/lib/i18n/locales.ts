/** The site's two languages, their URL segments and `<html lang>` codes. The one definition of a locale. */

/** The languages, as BCP 47 tags (`<html lang>`, the prose files' names, the keys of bilingual fields). */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** URL segment per locale: `/en/…` and `/zh/…`. */
export const SEGMENT: Record<Locale, string> = { en: 'en', 'zh-CN': 'zh' };

/** The locale a URL segment stands for, or undefined. */
export function localeFromSegment(segment: string): Locale | undefined {
  return LOCALES.find((l) => SEGMENT[l] === segment);
}

/** The other language, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-CN' : 'en';
}

/** Name of each language written in itself, for the switch. */
export const AUTONYM: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** `getStaticPaths` for a page that exists once per language: `/en/…` and `/zh/…`. */
export function localeStaticPaths(): Array<{ params: { lang: string }; props: { locale: Locale } }> {
  return LOCALES.map((locale) => ({ params: { lang: SEGMENT[locale] }, props: { locale } }));
}
