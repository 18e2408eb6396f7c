import { describe, expect, it } from 'vitest';
import { routePath, withBase } from '../../../src/lib/i18n/routes.ts';
import { localeFromSegment, otherLocale, SEGMENT } from '../../../src/lib/i18n/locales.ts';
import { formatMonth, ui } from '../../../src/lib/i18n/strings/site.ts';

describe('routes', () => {
  it('gives every page the same path shape in both languages', () => {
    expect(routePath({ page: 'model', id: 'resnet' }, 'en')).toBe('en/models/resnet/');
    expect(routePath({ page: 'model', id: 'resnet' }, 'zh-CN')).toBe('zh/models/resnet/');
    expect(routePath({ page: 'home' }, 'zh-CN')).toBe('zh/');
    expect(routePath({ page: 'direction', id: 'gan' }, 'en')).toBe('en/directions/gan/');
  });

  it('joins base paths with and without trailing slashes', () => {
    expect(withBase('/', 'en/')).toBe('/en/');
    expect(withBase('/atlas/', 'en/')).toBe('/atlas/en/');
    expect(withBase('/atlas', '/en/')).toBe('/atlas/en/');
  });

  it('maps URL segments back to locales', () => {
    expect(localeFromSegment('zh')).toBe('zh-CN');
    expect(localeFromSegment('fr')).toBeUndefined();
    expect(otherLocale('en')).toBe('zh-CN');
    expect(SEGMENT.en).toBe('en');
  });
});

describe('strings', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(ui('zh-CN')).sort()).toEqual(Object.keys(ui('en')).sort());
  });

  it('formats months idiomatically', () => {
    expect(formatMonth('en', 2015, 12)).toBe('Dec 2015');
    expect(formatMonth('zh-CN', 2015, 12)).toBe('2015 年 12 月');
  });
});

describe('localeStaticPaths', () => {
  it('makes one page per language with its URL segment', async () => {
    const { localeStaticPaths } = await import('../../../src/lib/i18n/locales.ts');
    expect(localeStaticPaths()).toEqual([
      { params: { lang: 'en' }, props: { locale: 'en' } },
      { params: { lang: 'zh' }, props: { locale: 'zh-CN' } },
    ]);
  });
});
