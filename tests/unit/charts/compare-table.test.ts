import { describe, expect, it } from 'vitest';
import {
  compareSortValues,
  countText,
  notePosition,
  rowVisible,
  type SortDirection,
} from '../../../src/lib/charts/compare-table.ts';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const sorted = (values: string[], numeric: boolean, direction: SortDirection) =>
  [...values].sort((a, b) => compareSortValues(a, b, { numeric, direction, collator }));

describe('compare table sorting', () => {
  it('sorts numbers by value and names by the collator, both ways', () => {
    expect(sorted(['10', '9', '100'], true, 'ascending')).toEqual(['9', '10', '100']);
    expect(sorted(['10', '9', '100'], true, 'descending')).toEqual(['100', '10', '9']);
    expect(sorted(['ResNet-50', 'resnet-18', 'AlexNet'], false, 'ascending')).toEqual([
      'AlexNet',
      'resnet-18',
      'ResNet-50',
    ]);
  });

  it('puts empty cells last in either direction', () => {
    expect(sorted(['', '2', '1'], true, 'ascending')).toEqual(['1', '2', '']);
    expect(sorted(['', '2', '1'], true, 'descending')).toEqual(['2', '1', '']);
  });
});

describe('compare table filters', () => {
  const resnet = { name: 'resnet deep residual', directions: 'classification detection', imagenet: true };
  const mtcnn = { name: 'mtcnn', directions: 'face-detection', imagenet: false };
  const none = { query: '', direction: '', imagenetOnly: false };

  it('keeps every row without a filter', () => {
    expect([resnet, mtcnn].filter((r) => rowVisible(r, none))).toEqual([resnet, mtcnn]);
  });

  it('matches typed text case-insensitively, ignoring surrounding spaces', () => {
    expect(rowVisible(resnet, { ...none, query: '  ResNet ' })).toBe(true);
    expect(rowVisible(mtcnn, { ...none, query: 'resnet' })).toBe(false);
  });

  it('matches a direction as a whole id and the ImageNet switch', () => {
    expect(rowVisible(resnet, { ...none, direction: 'detection' })).toBe(true);
    expect(rowVisible(mtcnn, { ...none, direction: 'detection' })).toBe(false);
    expect(rowVisible(mtcnn, { ...none, imagenetOnly: true })).toBe(false);
  });

  it('writes the count into the page template', () => {
    expect(countText('999001 of 999002 models', 3, 51)).toBe('3 of 51 models');
    expect(countText('显示 999001 / 999002 个模型', 3, 51)).toBe('显示 3 / 51 个模型');
  });
});

describe('source notes', () => {
  const viewport = { width: 1000, height: 800 };
  const note = { width: 300, height: 120 };

  it('opens under its button when there is room', () => {
    expect(notePosition({ top: 100, bottom: 120, left: 50 }, note, viewport)).toEqual({ top: 126, left: 50 });
  });

  it('opens above its button near the bottom of the viewport', () => {
    expect(notePosition({ top: 700, bottom: 720, left: 50 }, note, viewport)).toEqual({ top: 574, left: 50 });
  });

  it('stays inside the viewport on the right and on a narrow screen', () => {
    expect(notePosition({ top: 100, bottom: 120, left: 900 }, note, viewport).left).toBe(692);
    expect(notePosition({ top: 100, bottom: 120, left: 20 }, note, { width: 360, height: 640 }).left).toBe(20);
    expect(notePosition({ top: 100, bottom: 120, left: 0 }, note, viewport).left).toBe(8);
  });
});

describe('compare table filters by benchmark and board', () => {
  const arcface = { name: 'arcface', directions: 'face-recognition', imagenet: false, boards: 'lfw/a ytf/b' };
  const resnet = { name: 'resnet', directions: 'classification', imagenet: true, boards: 'imagenet/c' };
  const none = { query: '', direction: '', imagenetOnly: false };

  it('keeps the models with a result on the chosen benchmark, then on the chosen board', () => {
    expect([arcface, resnet].filter((r) => rowVisible(r, { ...none, benchmark: 'lfw' }))).toEqual([arcface]);
    expect(rowVisible(arcface, { ...none, benchmark: 'lfw', board: 'lfw/a' })).toBe(true);
    expect(rowVisible(arcface, { ...none, benchmark: 'ytf', board: 'ytf/c' })).toBe(false);
  });

  it('does not take a benchmark whose id begins another one for it', () => {
    expect(rowVisible({ ...arcface, boards: 'lfw-extra/a' }, { ...none, benchmark: 'lfw' })).toBe(false);
  });
});
