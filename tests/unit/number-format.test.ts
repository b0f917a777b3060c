import { describe, expect, it } from 'vitest';
import { numberFormat } from '@/lib/i18n/number-format';

describe('numberFormat', () => {
  it('builds each locale and options once, and formats as Intl does', () => {
    const options = { maximumFractionDigits: 1 };
    const first = numberFormat('en-US', options);
    expect(numberFormat('en-US', { maximumFractionDigits: 1 })).toBe(first);
    expect(first.format(1234.56)).toBe(new Intl.NumberFormat('en-US', options).format(1234.56));
  });

  it('keeps formats for other locales and options apart', () => {
    const english = numberFormat('en-GB', { maximumFractionDigits: 2 });
    expect(numberFormat('ru-RU', { maximumFractionDigits: 2 })).not.toBe(english);
    expect(numberFormat('en-GB', { maximumFractionDigits: 0 })).not.toBe(english);
    expect(numberFormat('ru-RU', { maximumFractionDigits: 2 }).format(1234.5)).toBe(
      new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 }).format(1234.5),
    );
  });
});
