import type { Bbox, GeoPoint } from '@byg360/shared';

/** The whole of Denmark, Bornholm included: "search everywhere" shows this. */
export const DENMARK_BBOX: Bbox = { minLon: 7.9, minLat: 54.4, maxLon: 15.3, maxLat: 57.9 };

const EARTH_RADIUS_KM = 6371.0088;
const BBOX_DIGITS = 5;
const POINT_DIGITS = 3;

const floorTo = (value: number, digits: number) => Math.floor(value * 10 ** digits) / 10 ** digits;
const ceilTo = (value: number, digits: number) => Math.ceil(value * 10 ** digits) / 10 ** digits;
const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Five decimals by default (about 1 m, so that a shared link restores the same zoom), rounded
 * outwards so that the rounded box still holds the whole view; clamped to what the API accepts.
 */
export function roundBbox(b: Bbox, digits = BBOX_DIGITS): Bbox {
  return {
    minLon: Math.max(-180, floorTo(b.minLon, digits)),
    minLat: Math.max(-90, floorTo(b.minLat, digits)),
    maxLon: Math.min(180, ceilTo(b.maxLon, digits)),
    maxLat: Math.min(90, ceilTo(b.maxLat, digits)),
  };
}

/** A map's zoom as the clusters API takes it: whole, 0–22. */
export const wholeZoom = (zoom: number) => Math.max(0, Math.min(22, Math.round(zoom)));

/** Three decimals (about 100 m): enough for "near me", and a shared link does not pinpoint a home. */
export function roundPoint(p: GeoPoint): GeoPoint {
  return { lat: roundTo(p.lat, POINT_DIGITS), lon: roundTo(p.lon, POINT_DIGITS) };
}

/** Whether two boxes are the same view, give or take the rounding of a URL. */
export function sameBbox(a: Bbox | null, b: Bbox | null, toleranceDeg = 0.001): boolean {
  if (!a || !b) return a === b;
  return (
    Math.abs(a.minLon - b.minLon) <= toleranceDeg &&
    Math.abs(a.minLat - b.minLat) <= toleranceDeg &&
    Math.abs(a.maxLon - b.maxLon) <= toleranceDeg &&
    Math.abs(a.maxLat - b.maxLat) <= toleranceDeg
  );
}

export function bboxCenter(b: Bbox): GeoPoint {
  return { lat: (b.minLat + b.maxLat) / 2, lon: (b.minLon + b.maxLon) / 2 };
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The smallest circle around the box's centre that holds the whole box, in whole km. */
export function bboxRadiusKm(b: Bbox): number {
  const center = bboxCenter(b);
  return Math.max(1, Math.ceil(distanceKm(center, { lat: b.maxLat, lon: b.maxLon })));
}

/** The box around a circle, for fitting the map to "near me". */
export function circleBbox(center: GeoPoint, radiusKm: number): Bbox {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const dLon = dLat / Math.max(0.01, Math.cos(rad(center.lat)));
  return roundBbox({
    minLon: center.lon - dLon,
    minLat: center.lat - dLat,
    maxLon: center.lon + dLon,
    maxLat: center.lat + dLat,
  });
}
