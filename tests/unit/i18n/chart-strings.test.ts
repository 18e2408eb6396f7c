import { describe, expect, it } from 'vitest';
import { chartStrings } from '../../../src/lib/i18n/strings/charts.ts';
import { compareCsv, COMPARE_CSV_COLUMNS } from '../../../src/lib/charts/compare-csv.ts';
import { compareRows } from '../../../src/lib/charts/compare-rows.ts';
import { describeCell, noteText } from '../../../src/lib/charts/describe.ts';
import { formatMillions, formatPercent } from '../../../src/lib/charts/format.ts';
import { realContent } from '../../support/real-content.ts';

describe('chart strings', () => {
  it('has the same keys in both languages, none empty', () => {
    const en = chartStrings('en');
    const zh = chartStrings('zh-CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(zh))
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
    expect(Object.keys(zh.chartDataColumns).sort()).toEqual(Object.keys(en.chartDataColumns).sort());
  });
});

describe('formatting', () => {
  it('writes counts in M or G and accuracies in %', () => {
    expect(formatMillions(569)).toBe('569 M');
    expect(formatMillions(11282.4)).toBe('11.3 G');
    expect(formatMillions(3800)).toBe('3.8 G');
    expect(formatMillions(25.557)).toBe('25.6 M');
    expect(formatMillions(1.24)).toBe('1.24 M');
    expect(formatMillions(0.06)).toBe('0.06 M');
    expect(formatMillions(0.006962)).toBe('7 K');
    expect(formatPercent(78.57)).toBe('78.57 %');
    expect(formatPercent(59.3)).toBe('59.3 %');
  });
});

describe('notes and CSV', () => {
  const { models, archs } = realContent();
  const rows = compareRows(models, archs);
  const resnet = rows.find((r) => r.id === 'resnet')!;

  it('says where a figure comes from and that it was reported as an error', () => {
    const note = noteText(describeCell(resnet.top1!, 'en'));
    expect(note).toContain('ResNet-152, single model, 10-crop testing');
    expect(note).toContain('paper, Table 3');
    expect(note).toContain('reported as top-1 error 21.43 %');
    expect(noteText(describeCell(resnet.params!, 'zh-CN'))).toContain('由本站根据逐层结构描述计算');
  });

  it('writes one CSV row per model with every column', () => {
    const csv = compareCsv(rows, (id) => ({ en: `/en/models/${id}/`, zh: `/zh/models/${id}/` }));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(COMPARE_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(rows.length + 1);
    const resnetLine = lines.find((l) => l.startsWith('resnet,'))!;
    expect(resnetLine).toContain(',78.57,"ResNet-152, single model, 10-crop testing",paper: Table 3,no,');
    // Quoted fields aside, every row has as many fields as the header.
    const fields = (line: string) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.filter((f) => f !== '').length;
    for (const line of lines) expect(fields(line)).toBe(COMPARE_CSV_COLUMNS.length);
  });
});
