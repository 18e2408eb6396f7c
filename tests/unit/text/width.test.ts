import { describe, expect, it } from 'vitest';
import { hasWide, textWidth, wrapInTwo } from '../../../src/lib/text/width.ts';

describe('label width estimator', () => {
  it('gives Latin text its measured advances and never less than DejaVu Sans', () => {
    // DejaVu Sans at 13px: "ResNet" measures 46.0px in Chromium.
    expect(textWidth('ResNet', { size: 13 })).toBeGreaterThanOrEqual(46);
    expect(textWidth('ResNet', { size: 13 })).toBeLessThan(50);
    expect(textWidth('iiii', { size: 13 })).toBeLessThan(textWidth('WWWW', { size: 13 }) / 2);
  });

  it('scales with the font size and is wider in bold', () => {
    expect(textWidth('DenseNet', { size: 26 })).toBeCloseTo(2 * textWidth('DenseNet', { size: 13 }), 6);
    expect(textWidth('DenseNet', { size: 13, bold: true })).toBeGreaterThan(textWidth('DenseNet', { size: 13 }));
  });

  it('gives CJK characters a full em and accented Latin a generous advance', () => {
    expect(textWidth('物体分类', { size: 14 })).toBeCloseTo(4 * 14 * 1.04, 6);
    expect(hasWide('人脸检测')).toBe(true);
    expect(hasWide('OpenFace (Baltrušaitis et al.)')).toBe(false);
    expect(textWidth('š', { size: 10 })).toBeGreaterThan(textWidth('s', { size: 10 }));
    expect(textWidth('文字 OCR', { size: 12 })).toBeGreaterThan(textWidth('OCR', { size: 12 }) + 24);
  });

  it('wraps a long name in two balanced lines, at spaces or between CJK characters', () => {
    expect(wrapInTwo('Faster R-CNN with hard negatives', { size: 13 })).toEqual([
      'Faster R-CNN with',
      'hard negatives',
    ]);
    expect(wrapInTwo('Deep Painterly Harmonization', { size: 13 })).toEqual(['Deep Painterly', 'Harmonization']);
    expect(wrapInTwo('ResNet', { size: 13 })).toBeUndefined();
    expect(wrapInTwo('非成对图像转换', { size: 12 })?.join('')).toBe('非成对图像转换');
  });
});
