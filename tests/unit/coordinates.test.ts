import { describe, expect, it } from 'vitest';
import { formatCoordinates } from '@/lib/coordinates';

describe('formatCoordinates', () => {
  it('writes hemispheres instead of signs (Rabat)', () => {
    expect(formatCoordinates(33.9716, -6.8498, 'en')).toBe('33.97° N, 6.85° W');
  });

  it('uses the Russian decimal comma and hemisphere abbreviations', () => {
    expect(formatCoordinates(33.9716, -6.8498, 'ru')).toBe('33,97° с. ш., 6,85° з. д.');
    expect(formatCoordinates(-15.5, 32.56, 'ru')).toBe('15,50° ю. ш., 32,56° в. д.');
  });

  it('covers the southern and western hemispheres and the requested precision', () => {
    expect(formatCoordinates(-33.8688, -151.2093, 'en', 3)).toBe('33.869° S, 151.209° W');
  });

  it('writes a value that rounds to zero as N or E, never "0.00° S"', () => {
    expect(formatCoordinates(-0.001, -0.004, 'en')).toBe('0.00° N, 0.00° E');
    expect(formatCoordinates(0, 0, 'en')).toBe('0.00° N, 0.00° E');
  });
});
