import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm, EARTH_RADIUS_KM, formatPosition, nearest, nearness, parsePosition, REMOTE_NEARNESS } from './geo';

describe('distanceKm', () => {
  // Published great-circle distances on a sphere of the mean radius, for the coordinates given.
  it.each([
    // Rosetta Code's haversine task: Nashville BNA to Los Angeles LAX, 2887.26 km on a 6372.8 km sphere.
    ['BNA to LAX', { lat: 36.12, lon: -86.67 }, { lat: 33.94, lon: -118.4 }, (2887.2599506 * EARTH_RADIUS_KM) / 6372.8],
    // A quarter of the equator, and pole to pole: πR/2 and πR.
    ['a quarter of the equator', { lat: 0, lon: 0 }, { lat: 0, lon: 90 }, (Math.PI * EARTH_RADIUS_KM) / 2],
    ['pole to pole', { lat: 90, lon: 0 }, { lat: -90, lon: 0 }, Math.PI * EARTH_RADIUS_KM],
    // Moscow to Saint Petersburg and to Novosibirsk, city centres: 634 km and 2,811 km.
    ['Moscow to Saint Petersburg', { lat: 55.7558, lon: 37.6173 }, { lat: 59.9386, lon: 30.3141 }, 634],
    ['Moscow to Novosibirsk', { lat: 55.7558, lon: 37.6173 }, { lat: 55.0302, lon: 82.9204 }, 2811],
  ])('%s', (_, a, b, published) => {
    expect(Math.abs(distanceKm(a, b) - published)).toBeLessThan(1);
  });

  const point = fc.record({
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
  });

  // To a metre: haversine loses a few centimetres near antipodal points.
  it('is symmetric, zero to itself, at most half the globe and keeps the triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(distanceKm(a, a)).toBeCloseTo(0, 6);
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 6);
        expect(distanceKm(a, b)).toBeLessThanOrEqual(Math.PI * EARTH_RADIUS_KM + 1e-3);
        expect(distanceKm(a, c)).toBeLessThanOrEqual(distanceKm(a, b) + distanceKm(b, c) + 1e-3);
      }),
    );
  });
});

describe('nearest', () => {
  it('picks the closest office and says how far it is', () => {
    const kazan = { lat: 55.7963, lon: 49.1088 };
    const offices = [
      { lat: 55.7558, lon: 37.6173 },
      { lat: 56.3269, lon: 44.0059 },
    ];
    expect(nearest(kazan, offices)).toEqual({ at: 1, km: distanceKm(kazan, { lat: 56.3269, lon: 44.0059 }) });
    expect(nearest(kazan, [])).toBeUndefined();
  });
});

describe('nearness', () => {
  it('is 1 nearby, falls with distance, 0 far away, and at least the remote floor for remote partners', () => {
    expect(nearness(0)).toBe(1);
    expect(nearness(25)).toBe(1);
    expect(nearness(100)).toBeGreaterThan(nearness(300));
    expect(nearness(1000)).toBe(0);
    expect(nearness(5000)).toBe(0);
    expect(nearness(5000, true)).toBe(REMOTE_NEARNESS);
    expect(nearness(10, true)).toBe(1);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        (a, b) => {
          const [near, far] = a <= b ? [a, b] : [b, a];
          expect(nearness(near)).toBeGreaterThanOrEqual(nearness(far));
          expect(nearness(near)).toBeLessThanOrEqual(1);
          expect(nearness(far)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('positions in addresses', () => {
  it('are rounded to two decimals, about a kilometre', () => {
    expect(formatPosition({ lat: 55.796345, lon: 49.108812 })).toBe('55.8,49.11');
    expect(parsePosition('55.796345,49.108812')).toEqual({ lat: 55.8, lon: 49.11 });
  });

  it.each([
    'javascript:alert(1)',
    '91,10',
    '10,181',
    'NaN,1',
    'Infinity,1',
    '1e2,3',
    '55.79;49.12',
    '55.79, 49.12, 3',
    '',
    '__proto__',
    '５５,４９',
  ])('refuses %j', (text) => {
    expect(parsePosition(text)).toBeUndefined();
  });

  it('round-trips any position on the globe to within a kilometre', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        (lat, lon) => {
          const read = parsePosition(formatPosition({ lat, lon })) ?? { lat: Number.NaN, lon: Number.NaN };
          expect(distanceKm({ lat, lon }, read)).toBeLessThan(1);
          expect(formatPosition(read)).toBe(formatPosition({ lat, lon }));
        },
      ),
    );
  });
});
