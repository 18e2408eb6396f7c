/**
 * The header box's ARIA combobox as a state machine, without the DOM: what typing, a list arriving, a key, focus
 * and blur do to "open", "which option is active" and "what to search next". The script (search-combobox.ts)
 * applies the effects. Keys follow the WAI-ARIA combobox pattern: arrows move and wrap, Enter opens the active
 * option (or, with none, submits the form as it would without JavaScript), Escape closes, then clears.
 */
import { cleanQuery, worthSearching } from './query.ts';
import { hasChinese } from './tokens.ts';

export interface ComboState {
  open: boolean;
  /** Index of the active option, -1 for none. */
  active: number;
  /** Options in the shown list (suggestions and the "all results" option). */
  count: number;
  /** The query the shown list answers ('' for none). */
  shownFor: string;
}

export const INITIAL: ComboState = { open: false, active: -1, count: 0, shownFor: '' };

export type ComboEvent =
  | { type: 'typed'; value: string }
  | { type: 'shown'; query: string; count: number }
  | { type: 'failed' }
  | { type: 'key'; key: string; value: string }
  | { type: 'focus'; value: string }
  | { type: 'blur' }
  | { type: 'pick'; index: number };

export type Effect =
  | { type: 'search'; query: string; preload: boolean }
  | { type: 'reset' }
  | { type: 'go'; index: number }
  | { type: 'clear-input' }
  | { type: 'prevent-default' };

export interface Step {
  state: ComboState;
  effects: Effect[];
}

const closed = (s: ComboState): ComboState => ({ ...s, open: false, active: -1 });

/**
 * Index chunks are worth fetching ahead while typing goes on once the query says something: three Latin
 * characters or one Chinese one (shorter prefixes span too much of the index).
 */
export function worthPreloading(query: string): boolean {
  return query.length >= 3 || hasChinese(query);
}

function typed(s: ComboState, value: string): Step {
  const query = cleanQuery(value);
  if (!worthSearching(query)) return { state: { ...INITIAL }, effects: [{ type: 'reset' }] };
  return { state: s, effects: [{ type: 'search', query, preload: worthPreloading(query) }] };
}

function key(s: ComboState, name: string, value: string): Step {
  const prevent: Effect = { type: 'prevent-default' };
  switch (name) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (s.count === 0) return { state: s, effects: [] };
      const from = s.active;
      const active = name === 'ArrowDown' ? (from + 1 >= s.count ? 0 : from + 1) : from <= 0 ? s.count - 1 : from - 1;
      return { state: { ...s, open: true, active }, effects: [prevent] };
    }
    case 'Enter':
      return s.open && s.active >= 0
        ? { state: s, effects: [prevent, { type: 'go', index: s.active }] }
        : { state: s, effects: [] };
    case 'Escape':
      if (s.open) return { state: closed(s), effects: [prevent] };
      if (value) return { state: { ...INITIAL }, effects: [prevent, { type: 'clear-input' }, { type: 'reset' }] };
      return { state: s, effects: [] };
    case 'Tab':
      return { state: closed(s), effects: [] };
    default:
      return { state: s, effects: [] };
  }
}

/** One step of the machine. */
export function step(s: ComboState, event: ComboEvent): Step {
  switch (event.type) {
    case 'typed':
      return typed(s, event.value);
    case 'shown':
      return { state: { open: true, active: -1, count: event.count, shownFor: event.query }, effects: [] };
    case 'failed':
      return { state: { open: true, active: -1, count: 0, shownFor: '' }, effects: [] };
    case 'key':
      return key(s, event.key, event.value);
    case 'focus':
      return s.count > 0 && cleanQuery(event.value) === s.shownFor
        ? { state: { ...s, open: true }, effects: [] }
        : { state: s, effects: [] };
    case 'blur':
      return { state: closed(s), effects: [] };
    case 'pick':
      return event.index >= 0 && event.index < s.count
        ? { state: s, effects: [{ type: 'go', index: event.index }] }
        : { state: s, effects: [] };
  }
}
