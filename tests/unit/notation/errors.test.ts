/** Bad specs fail with the file, the line and the path inside the spec, and a message saying what is wrong. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotationError } from '../../../src/lib/notation/errors.ts';
import { formatIssue } from '../../../src/lib/issues.ts';
import { checkSpecText, loadArchSpecs, loadArchSpecsOrThrow } from '../../../src/lib/notation/load.ts';

const FILE = 'content/models/toy/arch.yaml';

/** A one-network spec around the given layer lines (indented as list items under `layers:`). */
function spec(layers: string, extra = '', input = 'input: [3, 32, 32]'): string {
  return `model: toy
${extra}networks:
  - id: toy
    name: Toy
    ${input}
    layers:
${layers}`;
}

function issuesOf(text: string) {
  return checkSpecText(text, FILE, 'toy').issues;
}

describe('the five required failures', () => {
  it('channel mismatch at an add', () => {
    const issues = issuesOf(
      spec(`      - conv: { k: 3, c: 16, p: 1 }
      - residual:
          body:
            - conv: { k: 3, c: 32, p: 1 }
`),
    );
    expect(issues).toEqual([
      {
        file: FILE,
        line: 8,
        field: 'networks[0].layers[1].residual',
        message:
          'channel mismatch at add: the body gives 32×32×32, the identity shortcut gives 16×32×32; a shortcut that changes the channels needs a projection',
      },
    ]);
    expect(formatIssue(issues[0]!)).toBe(
      'content/models/toy/arch.yaml:8 › networks[0].layers[1].residual: channel mismatch at add: the body gives 32×32×32, the identity shortcut gives 16×32×32; a shortcut that changes the channels needs a projection',
    );
  });

  it('spatial mismatch at a concat', () => {
    const issues = issuesOf(
      spec(`      - parallel:
          join: concat
          branches:
            - [{ conv: { k: 3, c: 8, p: 1 } }]
            - [{ conv: { k: 3, c: 8 } }]
`),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe('networks[0].layers[0].parallel');
    expect(issues[0]!.message).toBe(
      'spatial mismatch at concat: branch b1 gives 8×32×32, branch b2 gives 8×30×30; concatenated maps need the same height and width',
    );
  });

  it('a non-integer output size (AlexNet’s conv1 on the 224×224 input the paper states)', () => {
    const issues = issuesOf(spec(`      - conv: { k: 11, c: 96, s: 4 }\n`, '', 'input: [3, 224, 224]'));
    expect(issues).toEqual([
      {
        file: FILE,
        line: 7,
        field: 'networks[0].layers[0].conv',
        message:
          'non-integer output size: (224 + 2·0 − 11) / 4 + 1 = 54.25 in height; fix the padding or the input, or set round: floor (PyTorch, TensorFlow) or round: ceil (Caffe pooling)',
      },
    ]);
    // Stating the rounding makes the same layer valid.
    expect(issuesOf(spec(`      - conv: { k: 11, c: 96, s: 4, round: floor }\n`, '', 'input: [3, 224, 224]'))).toEqual(
      [],
    );
  });

  it('an unknown layer type, with a suggestion', () => {
    const issues = issuesOf(spec(`      - conv: { k: 3, c: 8 }\n      - convv: { k: 3, c: 8 }\n`));
    expect(issues).toEqual([
      {
        file: FILE,
        line: 8,
        field: 'networks[0].layers[1]',
        message: 'unknown layer type "convv" (did you mean conv?)',
      },
    ]);
  });

  it('a missing input shape', () => {
    const issues = issuesOf(spec(`      - relu\n`, '', 'vars: {}'));
    // The line is the network's, since the input line is what is missing.
    expect(issues).toEqual([
      { file: FILE, line: 3, field: 'networks[0].input', message: 'missing input shape: give input: [C, H, W]' },
    ]);
  });
});

describe('other failures name the place and the cause', () => {
  it('errors inside a block give the block path and where it was used', () => {
    const issues = issuesOf(
      spec(
        `      - use: unit
        args: { c: 32 }
`,
        `blocks:
  unit:
    params: { c: null }
    layers:
      - residual:
          body:
            - conv: { k: 3, c: $c, p: 1 }
`,
      ),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe('blocks.unit.layers[0].residual');
    expect(issues[0]!.message).toMatch(
      /^channel mismatch at add: .* \(in block unit used at networks\[0\]\.layers\[0\]\)$/,
    );
  });

  it('errors name the variant they happen in', () => {
    const text = `model: toy
networks:
  - id: toy
    name: Toy
    input: [3, 32, 32]
    variants:
      - { id: narrow, name: Narrow, vars: { w: 0.5 } }
      - { id: odd, name: Odd, vars: { w: 0.3 } }
    layers:
      - conv: { k: 3, c: 64 * $w, p: 1 }
`;
    const issues = issuesOf(text);
    expect(issues).toEqual([
      {
        file: FILE,
        line: 10,
        field: 'networks[0].layers[0].conv.c',
        message: 'non-integer size: c = 19.2 (output channels) must be a whole number (variant odd)',
      },
    ]);
  });

  it.each([
    [
      'unknown attribute',
      `      - conv: { k: 3, c: 8, stride: 2 }\n`,
      'networks[0].layers[0].conv.stride',
      'unknown attribute "stride" for conv (known: c, k, s, p, d, round, g, bias, table)',
    ],
    ['missing attribute', `      - conv: { k: 3 }\n`, 'networks[0].layers[0].conv', 'conv needs c (output channels)'],
    [
      'groups',
      `      - conv: { k: 3, c: 8, g: 2 }\n`,
      'networks[0].layers[0].conv.g',
      '3 input channels cannot be split into 2 groups',
    ],
    [
      'unknown variable',
      `      - conv: { k: 3, c: $width }\n`,
      'networks[0].layers[0].conv.c',
      'unknown variable $width (known here: $cin, $hin, $win)',
    ],
    ['unknown block', `      - use: bottlenek\n`, 'networks[0].layers[0].use', 'unknown block "bottlenek"'],
    [
      'a join written as a layer',
      `      - add\n`,
      'networks[0].layers[0]',
      'add joins branches: write it as join: add of a parallel or residual block',
    ],
    [
      'two types in one item',
      `      - { conv: { k: 1, c: 8 }, relu: {} }\n`,
      'networks[0].layers[0]',
      'an item has one layer type or structure, found conv and relu',
    ],
    [
      'a kernel larger than the map',
      `      - conv: { k: 5, c: 8 }\n`,
      'networks[0].layers[0].conv',
      'the 5×5 window (dilated 5) is larger than the padded input: 3 + 2·0 in height',
    ],
  ])('%s', (_, layers, field, message) => {
    const tiny = spec(layers, '', _ === 'a kernel larger than the map' ? 'input: [3, 3, 3]' : 'input: [3, 32, 32]');
    const issues = issuesOf(tiny);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe(field);
    expect(issues[0]!.message).toBe(message);
  });

  it('schema problems come with their path', () => {
    const issues = issuesOf(
      `model: toy\nnetworks:\n  - id: toy\n    name: Toy\n    input: [3, 32]\n    layers: [relu]\n    colour: red\n`,
    );
    expect(issues.map((i) => [i.field, i.message])).toEqual([
      ['networks[0].input', 'input must be [C, H, W] (or [N] for a vector)'],
      ['networks[0]', 'unknown key: colour'],
    ]);
  });

  it('invalid YAML is reported with its line', () => {
    const issues = issuesOf('model: toy\nnetworks:\n  - id: [\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^not valid YAML/);
  });

  it('the model id must match the folder', () => {
    const issues = checkSpecText(spec('      - relu\n'), FILE, 'other').issues;
    expect(issues).toEqual([
      { file: FILE, line: 1, field: 'model', message: 'model is "toy" but the folder is other' },
    ]);
  });
});

describe('the loader', () => {
  it('reads content/models/*/arch.yaml and names the file of a bad spec', () => {
    const root = mkdtempSync(join(tmpdir(), 'notation-'));
    mkdirSync(join(root, 'content/models/toy'), { recursive: true });
    mkdirSync(join(root, 'content/models/good'), { recursive: true });
    writeFileSync(join(root, 'content/models/toy/arch.yaml'), spec('      - convv: {}\n'));
    writeFileSync(
      join(root, 'content/models/good/arch.yaml'),
      spec('      - relu\n').replace('model: toy', 'model: good'),
    );
    const { specs, issues } = loadArchSpecs(root);
    expect(specs.map((s) => s.model)).toEqual(['good']);
    expect(issues).toEqual([
      {
        file: 'content/models/toy/arch.yaml',
        line: 7,
        field: 'networks[0].layers[0]',
        message: 'unknown layer type "convv" (did you mean conv?)',
      },
    ]);
    expect(() => loadArchSpecsOrThrow(root)).toThrow(NotationError);
    expect(() => loadArchSpecsOrThrow(root)).toThrow(
      /content\/models\/toy\/arch\.yaml:7 › networks\[0\]\.layers\[0\]: unknown layer type "convv"/,
    );
  });
});
