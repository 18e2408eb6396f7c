import { describe, expect, it } from 'vitest';
import { cacheDirOf, contentDirOf, contentPathOf } from '../../../src/lib/content/content-dir.ts';

describe('the content folder', () => {
  it('is content/ unless ATLAS_CONTENT points elsewhere', () => {
    expect(contentDirOf('/repo', undefined)).toBe('content');
    expect(contentPathOf('/repo', undefined)).toBe('/repo/content');
  });

  it('is the same folder whether ATLAS_CONTENT is absolute, relative or ends in a slash', () => {
    for (const env of ['/repo/fixtures/site/content', 'fixtures/site/content', 'fixtures/site/content/'])
      expect(contentPathOf('/repo', env)).toBe('/repo/fixtures/site/content');
    expect(contentDirOf('/repo', '/tmp/site/content')).toBe('../tmp/site/content');
  });

  it("keeps Astro's cache per content folder: the real one in node_modules/.astro, any other in a folder of its own", () => {
    expect(cacheDirOf('/repo', undefined)).toBe('node_modules/.astro');
    expect(cacheDirOf('/repo', '/repo/content/')).toBe('node_modules/.astro');
    const fixture = cacheDirOf('/repo', 'fixtures/site/content');
    expect(fixture).toMatch(/^node_modules\/\.astro-[0-9a-f]{10}$/);
    expect(cacheDirOf('/repo', '/repo/fixtures/site/content/')).toBe(fixture);
    expect(cacheDirOf('/repo', '/tmp/site/content')).not.toBe(fixture);
  });
});
