/**
 * The compare page's state as a URL query, so a filtered, sorted or picked table can be shared and survives the
 * language switch: `?q=res&direction=classification&imagenet=1&board=<key>&sort=top1-desc&pick=resnet,vgg&only=1`.
 * A board (one ranked leaderboard of a benchmark) implies its benchmark; a benchmark alone filters too. Picked
 * models stand together at the top of the table; `only` hides the rest. Parsing is forgiving (unknown columns,
 * models or values are dropped) and writing omits defaults, so a plain table has no query at all.
 */

export type SortOrder = 'asc' | 'desc';

export interface CompareState {
  /** Name filter. */
  q: string;
  /** Direction id, or '' for all. */
  direction: string;
  /** Only models with ImageNet results. */
  imagenet: boolean;
  /** Benchmark id, or '': only models with a result on it. */
  benchmark: string;
  /** Board key (`<benchmark>/…`), or '': only models on that board, and its column shown. */
  board: string;
  sort?: { key: string; order: SortOrder };
  /** Models picked to compare side by side, in the order they were picked. */
  pick: string[];
  /** Show only the picked models (when there are at least two). */
  only: boolean;
}

/** Fewer than two picks compare nothing; more than four no longer fit side by side on a phone. */
export const MIN_PICK = 2;
export const MAX_PICK = 4;

export const EMPTY_STATE: CompareState = {
  q: '',
  direction: '',
  imagenet: false,
  benchmark: '',
  board: '',
  pick: [],
  only: false,
};

export interface Known {
  /** Sortable column keys. */
  columns: readonly string[];
  directions: readonly string[];
  models: readonly string[];
  /** Board keys, each `<benchmark>/…` (none when the table has no boards). */
  boards?: readonly string[];
}

/** The benchmark a board key belongs to. */
export const benchmarkOfBoard = (board: string): string => board.split('/')[0] ?? '';

export function parseCompareState(search: string, known: Known): CompareState {
  const params = new URLSearchParams(search);
  const direction = params.get('direction') ?? '';
  const sort = /^(.+)-(asc|desc)$/.exec(params.get('sort') ?? '');
  const models = new Set(known.models);
  const pick = [...new Set((params.get('pick') ?? '').split(',').map((p) => p.trim()))]
    .filter((p) => models.has(p))
    .slice(0, MAX_PICK);
  const boards = known.boards ?? [];
  const board = boards.includes(params.get('board') ?? '') ? params.get('board')! : '';
  const benchmarks = new Set(boards.map(benchmarkOfBoard));
  const benchmark = board
    ? benchmarkOfBoard(board)
    : benchmarks.has(params.get('benchmark') ?? '')
      ? params.get('benchmark')!
      : '';
  return {
    q: (params.get('q') ?? '').trim(),
    direction: known.directions.includes(direction) ? direction : '',
    imagenet: params.get('imagenet') === '1',
    benchmark,
    board,
    ...(sort && known.columns.includes(sort[1]!) && { sort: { key: sort[1]!, order: sort[2] as SortOrder } }),
    pick,
    only: params.get('only') === '1' && pick.length >= MIN_PICK,
  };
}

/** The query for a state, defaults left out, in a fixed order (so equal states give equal URLs). */
export function compareQuery(state: CompareState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.direction) params.set('direction', state.direction);
  if (state.imagenet) params.set('imagenet', '1');
  if (state.board) params.set('board', state.board);
  else if (state.benchmark) params.set('benchmark', state.benchmark);
  if (state.sort) params.set('sort', `${state.sort.key}-${state.sort.order}`);
  if (state.pick.length > 0) params.set('pick', state.pick.join(','));
  if (comparingPicks(state)) params.set('only', '1');
  const query = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return query ? `?${query}` : '';
}

/** Picks a model, or drops it if it was picked; a fifth pick is refused (the state is returned unchanged). */
export function togglePick(state: CompareState, id: string): CompareState {
  if (state.pick.includes(id)) {
    const pick = state.pick.filter((p) => p !== id);
    return { ...state, pick, only: state.only && pick.length >= MIN_PICK };
  }
  if (state.pick.length >= MAX_PICK) return state;
  return { ...state, pick: [...state.pick, id] };
}

/** Whether the table shows only the picked models. */
export const comparingPicks = (state: CompareState): boolean => state.only && state.pick.length >= MIN_PICK;
