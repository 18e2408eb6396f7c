import { describe, expect, it } from 'vitest';
import { proseLimitViolation } from '../../../src/lib/content/prose-limits.ts';

describe('the limits that keep parsing fast', () => {
  it('let real prose through', () => {
    expect(proseLimitViolation('## A\n\nSome *emphasis* and [a link](../vgg/).\n\n$$\n\\frac{a_1}{b_2}\n$$\n')).toBeUndefined();
  });

  it('refuse a paragraph over 8 KB, naming the line it starts on', () => {
    expect(proseLimitViolation(`one\n\ntwo\nthree\n\n${'x'.repeat(9000)}`)).toEqual({
      line: 6,
      message: 'a paragraph of 9 KB: split it (at most 8 KB between blank lines)',
    });
  });

  it('refuse a paragraph dense with emphasis, strike-through, bracket, quote or escape marks', () => {
    for (const marks of ['*a', '~a', '[]', '> ', '\\{']) {
      expect(proseLimitViolation(`intro\n\n${marks.repeat(700)}`)?.line).toBe(3);
    }
  });

  it('refuse a file with too many of them in all', () => {
    const body = Array.from({ length: 12 }, () => '*a'.repeat(520)).join('\n\n');
    expect(proseLimitViolation(body)?.message).toBe('6240 of the marks * _ ~ [ ] > \\ in one file: at most 6000, so that parsing stays fast');
  });
});
