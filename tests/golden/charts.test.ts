/**
 * Golden outputs of the chart engines on the real content, as the explore pages call them: the compare
 * table's rows and CSV, both accuracy-vs-cost scatter layouts, the timeline layout and the lineage graph's
 * layered layout. Regenerate on purpose with `npm run golden:update`.
 */
import { describe, it } from 'vitest';
import { byTime } from '../../src/lib/atlas/sort.ts';
import { routePath, withBase } from '../../src/lib/i18n/routes.ts';
import { compareRows } from '../../src/lib/charts/compare-rows.ts';
import { compareCsv } from '../../src/lib/charts/compare-csv.ts';
import { costPoints } from '../../src/lib/charts/points.ts';
import { scatterLayout } from '../../src/lib/charts/scatter.ts';
import { timelineLayout } from '../../src/lib/charts/timeline.ts';
import { lineageGraph } from '../../src/lib/charts/lineage-graph.ts';
import { expectGolden, stableJson } from '../support/golden.ts';
import { realContent } from '../support/real-content.ts';

describe('golden outputs: the charts', () => {
  it('lays out every chart of the explore pages exactly as committed in tests/golden/charts/', () => {
    const { models, directions, archs } = realContent();
    const rows = compareRows([...models].sort(byTime), archs);
    const page = (id: string) => ({
      en: withBase('/', routePath({ page: 'model', id }, 'en')),
      zh: withBase('/', routePath({ page: 'model', id }, 'zh-CN')),
    });
    const lineage = lineageGraph(models, directions);
    const timeline = timelineLayout(
      models,
      directions.map((d) => d.id),
    );
    const files = new Map([
      ['compare-rows.json', stableJson(rows, 1)],
      ['compare.csv', compareCsv(rows, page)],
      ['cost-mult-adds.json', stableJson(scatterLayout(costPoints(models, 'mult-adds', archs)))],
      ['cost-params.json', stableJson(scatterLayout(costPoints(models, 'params', archs)))],
      ['timeline.json', stableJson(timeline)],
      ['lineage.json', stableJson({ ...lineage.layout, changes: lineage.edges })],
    ]);
    expectGolden('charts', { files });
  });
});
