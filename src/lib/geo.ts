/**
 * Places and distances for "partners near you": great-circle distance,
 * a partner's nearest office, the radius filter's choices and the best-match
 * boost for nearby partners. Pure: no DOM, nothing sent anywhere.
 */

export interface Point {
  /** Degrees, north positive. */
  lat: number;
  /** Degrees, east positive. */
  lon: number;
}

/** The Earth's mean radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres (haversine), accurate to about 0.5 % against the ellipsoid. */
export function distanceKm(a: Point, b: Point): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The nearest of `places` to `from`: its position in the list and distance; undefined for an empty list. */
export function nearest(from: Point, places: readonly Point[]): { at: number; km: number } | undefined {
  let best: { at: number; km: number } | undefined;
  places.forEach((place, at) => {
    const km = distanceKm(from, place);
    if (!best || km < best.km) best = { at, km };
  });
  return best;
}

/** The radius filter's choices in kilometres; 0 is "any distance". */
export const WITHIN_KM = [25, 50, 100, 250] as const;

/**
 * How near a partner is, for best match: 1 within 25 km, falling with the
 * logarithm of the distance to 0 at 1,000 km (so 100 km counts 0.62 and
 * 300 km 0.33). A partner that works remotely across the visitor's region
 * counts at least `REMOTE_NEARNESS`.
 */
export function nearness(km: number, remote = false): number {
  const byDistance = km <= 25 ? 1 : km >= 1000 ? 0 : 1 - Math.log(km / 25) / Math.log(1000 / 25);
  return remote ? Math.max(byDistance, REMOTE_NEARNESS) : byDistance;
}
export const REMOTE_NEARNESS = 0.5;

/** Two decimals of a degree: about 1 km, close enough to find partners, too coarse to give away a home. */
const COORDINATE_DECIMALS = 2;

/** A position as an address writes it, rounded to about 1 km: "55.79,49.12". */
export function formatPosition({ lat, lon }: Point): string {
  const round = (value: number) => Number(value.toFixed(COORDINATE_DECIMALS)).toString();
  return `${round(lat)},${round(lon)}`;
}

const POSITION = /^(-?\d{1,2}(?:\.\d{1,6})?),(-?\d{1,3}(?:\.\d{1,6})?)$/;

/** Reads "55.79,49.12" back, rounded as `formatPosition` rounds; anything else, or off the globe, is undefined. */
export function parsePosition(text: string): Point | undefined {
  const match = POSITION.exec(text.trim());
  if (!match) return undefined;
  const lat = Number(match[1]);
  const lon = Number(match[2]);
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return undefined;
  const [roundedLat, roundedLon] = formatPosition({ lat, lon }).split(',').map(Number);
  return { lat: roundedLat ?? lat, lon: roundedLon ?? lon };
}
