import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCamera, parseCamera, wrapLongitude } from '@/lib/camera';
import { propertyRuns } from '../property-runs';

describe('parseCamera', () => {
  it('reads zoom/lat/lon in that order', () => {
    expect(parseCamera('4.5/45.1234/63.5')).toEqual({
      zoom: 4.5,
      latitude: 45.1234,
      longitude: 63.5,
    });
  });

  it('rounds to 2 decimals of zoom and 4 of lat/lon', () => {
    expect(parseCamera('3.14159/41.123456/-7.987654')).toEqual({
      zoom: 3.14,
      latitude: 41.1235,
      longitude: -7.9877,
    });
  });

  it('wraps longitude instead of rejecting it', () => {
    expect(parseCamera('3/10/190')?.longitude).toBe(-170);
  });

  it.each([
    '',
    '3/10',
    '3/10/20/4',
    'a/b/c',
    '3/95/10',
    '11/0/0',
    '0.1/0/0',
    '3/1e2/0',
    '3//0',
    ' 3/1/1',
    'NaN/1/1',
  ])('rejects %j', (value) => {
    expect(parseCamera(value)).toBeNull();
  });

  it('never throws and round-trips whatever it accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (value) => {
        const camera = parseCamera(value);
        if (camera) expect(parseCamera(formatCamera(camera))).toEqual(camera);
      }),
      { numRuns: propertyRuns(5000) },
    );
  });

  it('round-trips every valid camera', () => {
    const camera = fc.record({
      zoom: fc.double({ min: 0.5, max: 10, noNaN: true }),
      latitude: fc.double({ min: -85, max: 85, noNaN: true }),
      longitude: fc.double({ min: -1000, max: 1000, noNaN: true }),
    });
    fc.assert(
      fc.property(camera, (value) => {
        const once = parseCamera(formatCamera(value));
        expect(once).not.toBeNull();
        expect(parseCamera(formatCamera(once!))).toEqual(once);
      }),
      { numRuns: propertyRuns(5000) },
    );
  });
});

describe('wrapLongitude', () => {
  it('keeps longitudes in [-180, 180)', () => {
    expect(wrapLongitude(180)).toBe(-180);
    expect(wrapLongitude(-181)).toBe(179);
    expect(wrapLongitude(540)).toBe(-180);
    expect(wrapLongitude(12.5)).toBe(12.5);
  });
});
