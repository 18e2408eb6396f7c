// The atlas's own content passes validation, and covers what the foundation promises.
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/check.ts';
import { formatIssue } from '../../src/lib/issues.ts';

const root = new URL('../..', import.meta.url).pathname;

describe('content/', async () => {
  const { content, issues } = checkContentFolder(root);

  it('has no validation problems', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('has the twelve directions of the map', () => {
    expect(content.directions.map((d) => d.data.id)).toEqual([
      'classification', 'lightweight', 'detection', 'segmentation', 'ocr', 'face-detection',
      'face-alignment', 'face-recognition', 'pose', '3d', 'art', 'gan',
    ]);
  });

  it('has full reference entries for LeNet, AlexNet and ResNet with a formula in each language', () => {
    for (const id of ['lenet', 'alexnet', 'resnet']) {
      expect(content.models.find((m) => m.data.id === id)?.data.tier).toBe('full');
      for (const locale of ['en', 'zh-CN']) {
        const prose = content.prose.find((p) => p.model === id && p.locale === locale);
        expect(prose?.body).toMatch(/\$\$[\s\S]+?\$\$/);
      }
    }
  });
});
