import { describe, expect, it } from 'vitest';
import { foldText } from '@/lib/fold-text';

describe('foldText', () => {
  it.each([
    ['Oʻzbekiston', 'ozbekiston'],
    ["O'zbekiston", 'ozbekiston'],
    ['Ёлка', 'елка'],
    ['Türkmenistan', 'turkmenistan'],
    ['US–Uzbekistan', 'us-uzbekistan'],
    ['a\u2212b', 'a-b'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});
