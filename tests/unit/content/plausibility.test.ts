import { describe, expect, it } from 'vitest';
import { checkPlausibility } from '../../../src/lib/content/plausibility.ts';
import { formatIssue } from '../../../src/lib/issues.ts';
import type { ModelFacts } from '../../../src/lib/content/schema.ts';
import { change, metric, model } from '../charts/fixtures.ts';

function issues(...models: ModelFacts[]): string[] {
  return checkPlausibility(models.map((data) => ({ file: `${data.id}.yaml`, data }))).map(formatIssue);
}

describe('facts that cannot be nonsense', () => {
  it('refuses percentages outside 0–100 and negative counts, sizes and times', () => {
    const m = model({
      id: 'a',
      metrics: [
        metric({ name: 'top-1 error', value: 101 }),
        metric({ name: 'accuracy', value: -1, variant: 'v2' }),
        metric({ name: 'params', value: -25.6, unit: 'M' }),
        metric({ name: 'latency', value: -3, unit: 'ms' }),
        metric({ name: 'Δ mAP', value: -1.5, unit: '' }),
        metric({ name: 'top-1 accuracy', value: 100, variant: 'v3' }),
      ],
    });
    expect(issues(m)).toEqual([
      'a.yaml › metrics[0].value: 101% for "top-1 error": a percentage lies between 0 and 100',
      'a.yaml › metrics[1].value: -1% for "accuracy": a percentage lies between 0 and 100',
      'a.yaml › metrics[2].value: -25.6 for "params": this metric cannot be negative',
      'a.yaml › metrics[3].value: -3 for "latency": this metric cannot be negative',
    ]);
  });

  it('refuses the same metric row twice: same name, dataset, variant and split', () => {
    const row = { name: 'top-1 error', value: 20 };
    const m = model({ id: 'a', metrics: [metric(row), metric({ ...row, split: 'test' }), metric({ ...row, value: 21 })] });
    expect(issues(m)).toEqual([
      'a.yaml › metrics[2]: repeats metrics[0] (same name, dataset, variant and split): keep one row, or say in the variant what differs',
    ]);
  });

  it("refuses a name or alias that is another model's id under the shared name key", () => {
    expect(issues(model({ id: 'inception-v3' }), model({ id: 'b', aliases: ['Inception–V3'] }))).toEqual([
      'b.yaml › aliases[0]: "Inception–V3" is the id of model "inception-v3": a name must name one model',
    ]);
  });

  it('reports a builds_on cycle with its path', () => {
    const alexnet = model({ id: 'alexnet', builds_on: [{ model: 'resnet', change }] });
    const resnet = model({ id: 'resnet', builds_on: [{ model: 'alexnet', change }] });
    expect(issues(alexnet, resnet)).toEqual(['resnet.yaml › builds_on[0].model: builds_on cycle: alexnet → resnet → alexnet']);
  });

  it('refuses building on work made public later (year and month)', () => {
    const vgg = model({ id: 'vgg', year: 2014, month: 9 });
    const rcnn = model({ id: 'r-cnn', year: 2013, month: 11, builds_on: [{ model: 'vgg', change }] });
    const same = model({ id: 'same', year: 2014, month: 9, builds_on: [{ model: 'vgg', change }] });
    expect(issues(vgg, rcnn, same)).toEqual([
      'r-cnn.yaml › builds_on[0].model: "vgg" was made public in 2014-09, after this model (2013-11): a model builds on earlier work only (a later influence goes in notes)',
    ]);
  });
});
