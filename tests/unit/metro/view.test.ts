// The map's views as numbers: the first view shows every line's name at a size that reads (or says it
// cannot), fitting the whole map says whether it reads, a line is centred, and a view survives the URL.
import { describe, expect, it } from 'vitest';
import { layoutNetwork } from '../../../src/lib/metro/layout.ts';
import {
  firstView,
  focusView,
  overviewBox,
  parseState,
  READABLE_SCALE,
  stateUrl,
  wholeView,
} from '../../../src/lib/metro/view.ts';
import { BRANCHED } from './tiny.ts';

const map = { x0: 0, y0: 0, x1: 3000, y1: 1500 };
const names = { x0: 0, y0: 0, x1: 1000, y1: 700 };

describe('the first view', () => {
  it('shows the whole map when it reads whole', () => {
    const v = firstView({ w: 1200, h: 800 }, { x0: 0, y0: 0, x1: 1000, y1: 600 }, names);
    expect(v).toEqual({ scale: 1, cx: 500, cy: 300, fits: true });
  });

  it('fits every line’s name when the whole map would not read', () => {
    const v = firstView({ w: 1200, h: 800 }, map, names, 0);
    expect(v.fits).toBe(true);
    expect(v.scale).toBe(1);
    expect(v.scale).toBeLessThanOrEqual(1);
    expect([v.cx, v.cy]).toEqual([500, 350]);
  });

  it('says when even the names do not fit readably, and starts at their top left', () => {
    const v = firstView({ w: 600, h: 400 }, map, names, 0);
    expect(v.fits).toBe(false);
    expect(v.scale).toBe(READABLE_SCALE);
    expect(v.cx - 300 / v.scale).toBeCloseTo(0, 9);
    expect(v.cy - 200 / v.scale).toBeCloseTo(0, 9);
  });

  it('takes the names of every line from the layout', () => {
    const layout = layoutNetwork(BRANCHED(), { locale: 'en' });
    const box = overviewBox(layout)!;
    for (const t of layout.termini.filter((x) => x.kind === 'start')) {
      expect(box.x0).toBeLessThanOrEqual(t.label.box.x0);
      expect(box.y1).toBeGreaterThanOrEqual(t.label.box.y1);
    }
  });
});

describe('fitting and centring', () => {
  it('says whether the whole map reads when fitted', () => {
    expect(wholeView({ w: 1200, h: 800 }, map).readable).toBe(false);
    expect(wholeView({ w: 3000, h: 1500 }, map)).toEqual({ scale: 1, cx: 1500, cy: 750, readable: true });
  });

  it('centres a line at a readable scale, whole when it fits', () => {
    const small = focusView({ w: 1000, h: 800 }, { x0: 100, y0: 100, x1: 300, y1: 200 });
    expect(small).toEqual({ scale: 1, cx: 200, cy: 150 });
    const long = focusView({ w: 1000, h: 800 }, { x0: 0, y0: 0, x1: 5000, y1: 100 });
    expect(long.scale).toBe(READABLE_SCALE);
    expect(long.cx).toBe(2500);
  });
});

describe('the map’s URL', () => {
  it('round-trips the isolated line, the search, the zoom and the station', () => {
    const state = { line: 'gan', q: 'res net', view: { scale: 0.9, cx: 812.25, cy: -30 }, station: 'p-tiny-faces' };
    const { search, hash } = stateUrl(state, '?utm=x');
    expect(search).toBe('?utm=x&line=gan&q=res+net&z=0.9%2C812.3%2C-30');
    expect(hash).toBe('#map-p-tiny-faces');
    expect(parseState(search, hash)).toEqual({ ...state, view: { scale: 0.9, cx: 812.3, cy: -30 } });
  });

  it('ignores what it does not know and drops what is unset', () => {
    expect(parseState('?z=abc&line=', '#map-list')).toEqual({ station: 'list' });
    expect(stateUrl({}, '?line=a&q=b')).toEqual({ search: '', hash: '' });
  });
});
