/** Small hand-made benchmark files for the benchmark tests. */
import type { Benchmark } from '../../../src/lib/content/schema.ts';

export function benchmark(partial: Partial<Benchmark> & Pick<Benchmark, 'id'>): Benchmark {
  return {
    name: partial.id.toUpperCase(),
    aliases: [],
    directions: ['classification'],
    task: { en: 'a task', 'zh-CN': '某项任务' },
    description: { en: 'What is measured.', 'zh-CN': '测量什么。' },
    prefixes: [partial.id.toUpperCase()],
    metrics: [{ name: 'accuracy', aliases: [], better: 'higher' }],
    protocols: [{ id: 'standard', name: { en: 'standard', 'zh-CN': '标准' }, match: [] }],
    ...partial,
  };
}

export const protocol = (id: string, match: string[] = []) => ({
  id,
  name: { en: id, 'zh-CN': id },
  match,
});
