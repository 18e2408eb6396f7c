// The header box's combobox as a state machine: typing searches (after two Latin characters or one Chinese),
// arrows move and wrap, Enter opens the active option, Escape closes and then clears, blur closes.
import { describe, expect, it } from 'vitest';
import { INITIAL, step, worthPreloading, type ComboEvent, type ComboState } from '../../../src/lib/search/combobox.ts';

const run = (events: ComboEvent[], from: ComboState = INITIAL) => {
  let state = from;
  const effects = [];
  for (const e of events) {
    const s = step(state, e);
    state = s.state;
    effects.push(...s.effects);
  }
  return { state, effects };
};
const shown: ComboState = { open: true, active: -1, count: 3, shownFor: 'res' };
const key = (k: string, value = 'res'): ComboEvent => ({ type: 'key', key: k, value });

describe('typing', () => {
  it('searches a cleaned query once it says something, and resets below that', () => {
    expect(run([{ type: 'typed', value: '  res   net ' }]).effects).toEqual([
      { type: 'search', query: 'res net', preload: true },
    ]);
    expect(run([{ type: 'typed', value: '残' }]).effects).toEqual([{ type: 'search', query: '残', preload: true }]);
    expect(run([{ type: 'typed', value: 'r' }], shown)).toEqual({ state: INITIAL, effects: [{ type: 'reset' }] });
  });

  it('opens the list when it arrives, nothing active', () => {
    expect(run([{ type: 'shown', query: 'res', count: 7 }]).state).toEqual({
      open: true,
      active: -1,
      count: 7,
      shownFor: 'res',
    });
  });

  it('preloads from three Latin characters or one Chinese', () => {
    expect(worthPreloading('re')).toBe(false);
    expect(worthPreloading('res')).toBe(true);
    expect(worthPreloading('残')).toBe(true);
  });
});

describe('keys', () => {
  it('move down and up through the options and wrap at both ends', () => {
    expect(run([key('ArrowDown')], shown).state.active).toBe(0);
    expect(run([key('ArrowDown'), key('ArrowDown'), key('ArrowDown'), key('ArrowDown')], shown).state.active).toBe(0);
    expect(run([key('ArrowUp')], shown).state.active).toBe(2);
    expect(run([key('ArrowDown')], shown).effects).toEqual([{ type: 'prevent-default' }]);
  });

  it('leave the caret alone when there is nothing to choose', () => {
    expect(run([key('ArrowDown')], INITIAL)).toEqual({ state: INITIAL, effects: [] });
  });

  it('open the active option with Enter, and let Enter submit the form when none is active', () => {
    expect(run([key('ArrowDown'), key('ArrowDown'), key('Enter')], shown).effects).toEqual([
      { type: 'prevent-default' },
      { type: 'prevent-default' },
      { type: 'prevent-default' },
      { type: 'go', index: 1 },
    ]);
    expect(run([key('Enter')], shown).effects).toEqual([]);
  });

  it('close with Escape, then clear the field with a second Escape', () => {
    const closed = run([key('Escape')], shown);
    expect(closed.state.open).toBe(false);
    const cleared = run([key('Escape')], closed.state);
    expect(cleared.effects).toEqual([{ type: 'prevent-default' }, { type: 'clear-input' }, { type: 'reset' }]);
    expect(run([key('Escape', '')], closed.state).effects).toEqual([]);
  });

  it('close with Tab, keeping the list for when focus comes back', () => {
    const s = run([key('Tab')], shown).state;
    expect(s).toMatchObject({ open: false, count: 3 });
    expect(run([{ type: 'focus', value: 'res' }], s).state.open).toBe(true);
    expect(run([{ type: 'focus', value: 'resn' }], s).state.open).toBe(false);
  });
});

describe('pointer and focus', () => {
  it('opens a picked option and closes when focus leaves the form', () => {
    expect(run([{ type: 'pick', index: 2 }], shown).effects).toEqual([{ type: 'go', index: 2 }]);
    expect(run([{ type: 'pick', index: 5 }], shown).effects).toEqual([]);
    expect(run([{ type: 'blur' }], { ...shown, active: 1 }).state).toMatchObject({ open: false, active: -1 });
  });

  it('shows a failure as an open popup without options', () => {
    expect(run([{ type: 'failed' }], shown).state).toEqual({ open: true, active: -1, count: 0, shownFor: '' });
  });
});
