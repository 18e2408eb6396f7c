import { describe, expect, it } from 'vitest';
import { contentDirOf, contentPathOf } from '../../../src/lib/content/content-dir.ts';

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
});
