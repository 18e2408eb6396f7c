/**
 * "Use it": which of the paper's own results stands beside a library's pretrained weights. The two are rarely
 * the same network, recipe or split, so the page shows both with their labels rather than a difference.
 */
import type { Implementation, Metric } from '../content/schema.ts';

/** What kind of figure a result is: ImageNet top-1 (accuracy or error), COCO box AP, or mean IoU. */
function family(name: string): 'top-1' | 'ap' | 'miou' | undefined {
  if (/top-1/i.test(name)) return 'top-1';
  if (/^(box )?m?AP\b/i.test(name)) return 'ap';
  if (/mIoU|mean IU/i.test(name)) return 'miou';
  return undefined;
}

/** The paper's first single-model result of the same kind (on ImageNet for top-1, on COCO for AP). */
export function paperFigure(
  result: NonNullable<Implementation['result']>,
  metrics: readonly Metric[],
): Metric | undefined {
  const kind = family(result.name);
  if (!kind) return undefined;
  const dataset = kind === 'top-1' ? /ImageNet/i : kind === 'ap' ? /COCO/i : /./;
  return metrics.find(
    (m) => !m.ensemble && m.source.type === 'paper' && family(m.name) === kind && dataset.test(m.dataset),
  );
}

export const formatFigure = (value: number, unit: string): string =>
  `${value.toLocaleString('en')}${unit === '%' ? ' %' : unit ? ` ${unit}` : ''}`;
