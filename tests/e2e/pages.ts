/** The page types every browser test walks through, in both languages. */
export const LOCALES = [
  { segment: 'en', lang: 'en' },
  { segment: 'zh', lang: 'zh-CN' },
] as const;

export const PAGE_TYPES = [
  { type: 'home', path: '' },
  { type: 'direction', path: 'directions/classification/' },
  { type: 'model', path: 'models/resnet/' },
  { type: 'layers', path: 'models/resnet/layers/' },
  { type: 'index', path: 'models/' },
  { type: 'about', path: 'about/' },
  { type: 'method', path: 'methods/squeeze-and-excitation/' },
  { type: 'methods', path: 'methods/' },
  { type: 'benchmark', path: 'benchmarks/lfw/' },
  { type: 'benchmarks', path: 'benchmarks/' },
] as const;

export const everyPage = LOCALES.flatMap((locale) =>
  PAGE_TYPES.map((page) => ({ ...page, ...locale, url: `/${locale.segment}/${page.path}` })),
);
