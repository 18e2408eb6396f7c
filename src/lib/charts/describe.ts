/** Text for one figure: its formatted value and the lines that say where it comes from, in either language. */
import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/strings/site.ts';
import type { Figure } from './figures.ts';
import { formatMillions, formatPercent, trimmed } from './format.ts';
import type { Cell } from './compare-rows.ts';
import { chartStrings } from '../i18n/strings/charts.ts';

/** "78.57 %", "25.6 M", "11.3 G"; a board result in its own unit ("32.05 dB", "0.973"). */
export function formatFigure(f: Figure): string {
  if (f.kind === 'params' || f.kind === 'mult-adds') return formatMillions(f.value);
  if (f.kind === 'result' && f.unit !== '%') return `${trimmed(f.value, 4)}${f.unit ? ` ${f.unit}` : ''}`;
  return formatPercent(f.value);
}

/** One line of a note: an optional label in the page's language and a text that may be English (from the facts). */
export interface NoteLine {
  label?: string;
  text: string;
  /** Set when the text is quoted from the fact files, which are written in English. */
  lang?: 'en';
}

const PLAIN_ACCURACY = new Set(['accuracy', 'top-1 accuracy', 'top-5 accuracy']);

/** The provenance lines of a cell, in reading order. */
export function describeCell(cell: Cell, locale: Locale): NoteLine[] {
  const t = ui(locale);
  const c = chartStrings(locale);
  const f = cell.figure;
  const lines: NoteLine[] = [{ label: c.tipVariant, text: f.variant, lang: 'en' }];
  const split = f.split ? ` (${t.split[f.split] ?? f.split})` : '';
  lines.push({ label: c.tipDataset, text: `${f.dataset}${split}`, lang: split && locale !== 'en' ? undefined : 'en' });
  if (f.notation) lines.push({ label: c.tipSource, text: c.tipNotation });
  else if (f.origin === 'computed')
    lines.push({ label: c.tipSource, text: `${c.tipComputedFromPaper}${c.colon}${f.ref}` });
  else lines.push({ label: c.tipSource, text: `${t.sourceType[f.origin] ?? f.origin}, ${f.ref}` });
  if (f.fromError !== undefined) lines.push({ text: c.tipReportedAsError(f.metric, formatPercent(f.fromError)) });
  else if (!f.notation && f.kind !== 'params' && f.kind !== 'mult-adds' && !PLAIN_ACCURACY.has(f.metric))
    lines.push({ text: f.metric, lang: 'en' });
  if (f.ensemble) lines.push({ text: c.tipEnsemble });
  if (cell.computed) lines.push({ text: c.tipAlsoComputed(formatFigure(cell.computed)) });
  if (cell.otherVariant) lines.push({ text: c.tipOther });
  return lines;
}

/** A note as one plain string (for titles and tests). */
export function noteText(lines: readonly NoteLine[], colon = ': '): string {
  return lines.map((l) => (l.label ? `${l.label}${colon}${l.text}` : l.text)).join('; ');
}
