// Every deliberately broken fixture is rejected by content validation with a message naming file and field.
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/check.ts';
import { formatIssue } from '../../src/lib/issues.ts';
import { brokenCases, cleanup, materialise } from '../support/fixtures.ts';

const roots: string[] = [];
afterAll(() => roots.forEach(cleanup));

describe('content validation of broken fixtures', () => {
  it('accepts the base fixture', async () => {
    const root = materialise();
    roots.push(root);
    expect((checkContentFolder(root)).issues).toEqual([]);
  });

  for (const testCase of brokenCases().filter((c) => !c.buildOnly)) {
    it(`rejects ${testCase.name}: ${testCase.about}`, async () => {
      const root = materialise(testCase);
      roots.push(root);
      const messages = (checkContentFolder(root)).issues.map(formatIssue);
      for (const expected of testCase.expect) {
        expect(messages.some((m) => m.startsWith(expected)), `expected "${expected}" among:\n${messages.join('\n')}`).toBe(true);
      }
    });
  }
});
