/**
 * The results page's first field-index requests, made as soon as the page has parsed. It is a module of its own,
 * placed before the page's main script, because module scripts run in document order as each one's code
 * arrives: this small one runs while the larger search code is still loading, so the term shards a query in the
 * URL needs are already on their way (through the same `source`, whose cache the main script then reads).
 */
import { prefetchTerms } from '../lib/search/engine.ts';
import { parseState } from '../lib/search/query.ts';
import { source } from './search-source.ts';

const { q } = parseState(new URLSearchParams(location.search));
if (q) void prefetchTerms(source, q).catch(() => undefined);
