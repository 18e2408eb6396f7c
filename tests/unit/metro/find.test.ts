// Finding stations on the map: which names a station answers to, and the order matches come in.
import { describe, expect, it } from 'vitest';
import { findables, findStations, type Findable } from '../../../src/lib/metro/find.ts';
import { model, tiny } from './tiny.ts';

const stations: Findable[] = [
  { id: 'resnext', names: ['ResNeXt'], planned: false },
  { id: 'resnet', names: ['ResNet', 'ResNet-50', '残差网络'], planned: false },
  { id: 'p-resnet-d', names: ['ResNet-D'], planned: true },
  { id: 'wide-resnet', names: ['Wide ResNet'], planned: false },
  { id: 'preresnet', names: ['PreResNet'], planned: false },
];
const ids = (q: string) => findStations(stations, q).map((s) => s.id);

describe('finding stations', () => {
  it('ranks the whole name first, then its start, a word’s start, and anywhere', () => {
    expect(ids('resnet')).toEqual(['resnet', 'p-resnet-d', 'wide-resnet', 'preresnet']);
    expect(ids('res')).toEqual(['resnet', 'resnext', 'p-resnet-d', 'wide-resnet', 'preresnet']);
  });

  it('compares names the way the validator does (case, spaces, hyphens and dashes ignored)', () => {
    expect(ids('Res Net 50')).toEqual(['resnet']);
    expect(ids('resnet–d')).toEqual(['p-resnet-d']);
  });

  it('finds a station by an alias, Chinese included, and nothing for an empty query', () => {
    expect(ids('残差')).toEqual(['resnet']);
    expect(ids('  ')).toEqual([]);
    expect(ids('zzz')).toEqual([]);
  });

  it('lists every station of a network with its aliases, planned ones marked', () => {
    const net = tiny({
      a: [
        ['Alpha', 2001, 1],
        ['Beta', 2002],
      ],
    });
    const found = findables(net, [{ ...model('alpha', 'Alpha', 2001, 1, ['a']), aliases: ['α-net'] }]);
    expect(found).toEqual([
      { id: 'alpha', names: ['Alpha', 'α-net'], planned: false },
      { id: 'p-beta', names: ['Beta'], planned: true },
    ]);
  });
});
