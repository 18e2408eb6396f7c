import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../src/lib/metro/network.ts';
import { layoutNetwork } from '../../../src/lib/metro/layout.ts';
import { neighbourhood } from '../../../src/lib/metro/minimap.ts';
import { validateLayout } from '../../../src/lib/metro/validate.ts';
import { realContent } from '../../support/real-content.ts';

const { directions, models, hints } = realContent();
const { network } = buildNetwork(directions, models, hints);

describe('mini-maps', () => {
  it('show each line of a model with two neighbours on either side along its track', () => {
    const mini = neighbourhood(network, 'mtcnn');
    expect(mini.lines.map((l) => l.id)).toEqual(['face-detection', 'face-alignment']);
    expect(mini.lines[0]!.tracks[0]!.stations).toEqual(['cascadecnn', 'mtcnn', 'tiny-faces', 'faceboxes']);
    expect(mini.lines[1]!.tracks[0]!.stations).toEqual(['tcnn', '3ddfa', 'mtcnn', 'dan', 'lab']);
    expect(mini.stations.get('mtcnn')!.lines).toEqual(['face-detection', 'face-alignment']);
  });

  it('follow a branch to the station it leaves from', () => {
    const mini = neighbourhood(network, 'googlenet');
    expect(mini.lines[0]!.tracks[0]!.stations).toEqual(['zfnet', 'googlenet', 'inception-v3', 'inception-v4']);
  });

  it.each(['en', 'zh-CN'] as const)('lay out cleanly for every model (%s)', (locale) => {
    for (const m of models) {
      const layout = layoutNetwork(neighbourhood(network, m.id), {
        locale,
        yearBands: false,
        termini: 'start',
        colGap: 44,
      });
      expect(validateLayout(layout), m.id).toEqual([]);
      expect(layout.bounds.x1 - layout.bounds.x0, m.id).toBeLessThan(900);
    }
  });
});
