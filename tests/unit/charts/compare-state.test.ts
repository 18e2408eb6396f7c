import { describe, expect, it } from 'vitest';
import { compareQuery, EMPTY_STATE, parseCompareState, togglePick } from '../../../src/lib/charts/compare-state.ts';

const known = {
  columns: ['model', 'year', 'top1'],
  directions: ['classification', 'face-detection'],
  models: ['resnet', 'vgg', 'alexnet', 'googlenet', 'densenet'],
  boards: ['imagenet/top-1/val', 'lfw/accuracy/test'],
};

describe('compare state in the address', () => {
  it('round-trips filters, sort, picks and the only-picked view', () => {
    const state = {
      q: 'res',
      direction: 'classification',
      imagenet: true,
      benchmark: 'imagenet',
      board: 'imagenet/top-1/val',
      sort: { key: 'top1', order: 'desc' as const },
      pick: ['resnet', 'vgg'],
      only: true,
    };
    const query = compareQuery(state);
    expect(query).toBe(
      '?q=res&direction=classification&imagenet=1&board=imagenet/top-1/val&sort=top1-desc&pick=resnet,vgg&only=1',
    );
    expect(parseCompareState(query, known)).toEqual(state);
  });
  it('writes nothing for the plain table', () => {
    expect(compareQuery(EMPTY_STATE)).toBe('');
  });
  it('drops unknown columns, directions and models, duplicate picks, and picks beyond four', () => {
    const state = parseCompareState(
      '?direction=nope&sort=zzz-asc&pick=resnet,resnet,x,vgg,alexnet,googlenet,densenet',
      known,
    );
    expect(state.direction).toBe('');
    expect(state.sort).toBeUndefined();
    expect(state.pick).toEqual(['resnet', 'vgg', 'alexnet', 'googlenet']);
  });
  it('takes a board’s benchmark from the board, keeps a known benchmark alone, drops unknown ones', () => {
    expect(parseCompareState('?board=lfw/accuracy/test&benchmark=imagenet', known)).toMatchObject({
      benchmark: 'lfw',
      board: 'lfw/accuracy/test',
    });
    expect(parseCompareState('?benchmark=lfw', known)).toMatchObject({ benchmark: 'lfw', board: '' });
    expect(parseCompareState('?benchmark=nope&board=nope/x', known)).toMatchObject({ benchmark: '', board: '' });
    expect(compareQuery({ ...EMPTY_STATE, benchmark: 'lfw' })).toBe('?benchmark=lfw');
  });
  it('ignores "only" with fewer than two picks', () => {
    expect(parseCompareState('?pick=resnet&only=1', known).only).toBe(false);
  });
  it('refuses a fifth pick and forgets "only" when picks fall below two', () => {
    const four = { ...EMPTY_STATE, pick: ['resnet', 'vgg', 'alexnet', 'googlenet'], only: true };
    expect(togglePick(four, 'densenet')).toBe(four);
    expect(togglePick({ ...EMPTY_STATE, pick: ['resnet', 'vgg'], only: true }, 'vgg')).toMatchObject({
      pick: ['resnet'],
      only: false,
    });
  });
});
