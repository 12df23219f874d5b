import { describe, expect, it } from 'vitest';
import { bboxRadiusKm, circleBbox, distanceKm, roundBbox, roundPoint, sameBbox } from './geo';

describe('map geometry', () => {
  it('rounds a view outwards, so that the rounded box still holds it, and within what the API accepts', () => {
    expect(roundBbox({ minLon: 14.123456, minLat: 55.123456, maxLon: 15.123451, maxLat: 55.5 })).toEqual({
      minLon: 14.12345,
      minLat: 55.12345,
      maxLon: 15.12346,
      maxLat: 55.5,
    });
    expect(roundBbox({ minLon: -200, minLat: -95, maxLon: 200, maxLat: 95 })).toEqual({ minLon: -180, minLat: -90, maxLon: 180, maxLat: 90 });
  });

  it('keeps "near me" to about 100 m', () => {
    expect(roundPoint({ lat: 55.123456, lon: 14.987654 })).toEqual({ lat: 55.123, lon: 14.988 });
  });

  it('treats views that differ by the rounding as the same', () => {
    const a = { minLon: 14.6, minLat: 54.95, maxLon: 15.2, maxLat: 55.3 };
    expect(sameBbox(a, { ...a, maxLat: 55.3004 })).toBe(true);
    expect(sameBbox(a, { ...a, maxLat: 55.31 })).toBe(false);
    expect(sameBbox(null, a)).toBe(false);
  });

  it('measures distances on the globe', () => {
    // Rønne to Nexø, as the crow flies.
    expect(distanceKm({ lat: 55.1, lon: 14.7 }, { lat: 55.06, lon: 15.13 })).toBeCloseTo(27.8, 0);
    expect(bboxRadiusKm({ minLon: 14.6, minLat: 54.95, maxLon: 15.2, maxLat: 55.3 })).toBe(28);
  });

  it('boxes a circle', () => {
    const box = circleBbox({ lat: 55, lon: 15 }, 10);
    expect(distanceKm({ lat: 55, lon: 15 }, { lat: box.maxLat, lon: 15 })).toBeCloseTo(10, 1);
    expect(distanceKm({ lat: 55, lon: 15 }, { lat: 55, lon: box.maxLon })).toBeCloseTo(10, 1);
  });
});
