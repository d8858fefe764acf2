import { distanceKm, EARTH_RADIUS_KM, type GeoPoint, point } from '../../domain/geo.js';

export interface GridCell {
  readonly key: number;
  /** No point of the cell is nearer than this to the query point. */
  readonly lowerBoundKm: number;
  readonly ids: ReadonlySet<string>;
}

/** Cell size in degrees: about 1.1 km of latitude, so a "nearest 200" query reads few cells. */
const CELL = 0.01;
const ROWS = Math.round(180 / CELL);
const COLS = Math.round(360 / CELL);
const rad = (deg: number) => (deg * Math.PI) / 180;
/** Half the diagonal of a CELL × CELL degree box at the equator, where it is widest, plus a margin. */
const HALF_DIAGONAL_KM = Math.SQRT2 * (CELL / 2) * ((Math.PI * EARTH_RADIUS_KM) / 180) + 1e-6;

const rowOf = (lat: number) => Math.min(ROWS - 1, Math.max(0, Math.floor((lat + 90) / CELL)));
const colOf = (lng: number) => (((Math.floor((lng + 180) / CELL) % COLS) + COLS) % COLS);

/** Shortest angle between two longitudes, in degrees (0–180), across the antimeridian too. */
const lngApart = (a: number, b: number) => {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
};

/**
 * The in-memory stand-in for a 2dsphere index: points bucketed in lat/lng cells, visited nearest
 * first by a true lower bound of the distance to each cell, so a k-nearest query stops as soon as
 * no unread cell can hold anything nearer than what it has.
 */
export class GeoGrid {
  private readonly cells = new Map<number, Set<string>>();
  private readonly cellOf = new Map<string, number>();

  set(id: string, at: GeoPoint | null): void {
    this.delete(id);
    if (!at) return;
    const key = rowOf(at.coordinates[1]) * COLS + colOf(at.coordinates[0]);
    let ids = this.cells.get(key);
    if (!ids) this.cells.set(key, (ids = new Set()));
    ids.add(id);
    this.cellOf.set(id, key);
  }

  delete(id: string): void {
    const key = this.cellOf.get(id);
    if (key === undefined) return;
    const ids = this.cells.get(key)!;
    ids.delete(id);
    if (ids.size === 0) this.cells.delete(key);
    this.cellOf.delete(id);
  }

  /** Cells that may hold points within `maxKm` of `from`, with their lower bound, nearest first. */
  candidates(from: GeoPoint, maxKm: number): GridCell[] {
    const out: GridCell[] = [];
    for (const key of this.keysAround(from, maxKm)) {
      const ids = this.cells.get(key);
      if (!ids) continue;
      const lowerBoundKm = this.lowerBound(from, key);
      if (lowerBoundKm <= maxKm) out.push({ key, lowerBoundKm, ids });
    }
    return out.sort((a, b) => a.lowerBoundKm - b.lowerBoundKm);
  }

  /** The cell a point was filed under, if it is in the grid. */
  cellKeyOf(id: string): number | undefined {
    return this.cellOf.get(id);
  }

  /**
   * A distance no point of the cell can be further than: the distance to its centre plus the
   * furthest any point of it can be from its centre. A cell spans CELL degrees of latitude and at
   * most as many kilometres of longitude, so that is at most half its diagonal at the equator
   * (~0.79 km); one haversine per cell.
   */
  upperBound(from: GeoPoint, key: number): number {
    const row = Math.floor(key / COLS);
    const col = key % COLS;
    const centre = point(row * CELL - 90 + CELL / 2, col * CELL - 180 + CELL / 2);
    return distanceKm(from, centre) + HALF_DIAGONAL_KM;
  }

  /** The cells of the query's bounding box, or every non-empty cell when that is fewer. */
  private keysAround(from: GeoPoint, maxKm: number): Iterable<number> {
    const [lng, lat] = from.coordinates;
    const span = maxKm / 111.19 + CELL;
    const top = lat + span;
    const bottom = lat - span;
    const widestLat = Math.max(Math.abs(top), Math.abs(bottom));
    const lngSpan = widestLat >= 89 ? 180 : span / Math.cos(rad(widestLat));
    const rows = rowOf(top) - rowOf(bottom) + 1;
    const cols = lngSpan >= 180 ? COLS : Math.min(COLS, Math.ceil((2 * lngSpan) / CELL) + 2);
    if (rows * cols >= this.cells.size) return this.cells.keys();
    const keys: number[] = [];
    const firstCol = colOf(lng - lngSpan);
    for (let r = rowOf(bottom); r <= rowOf(top); r++)
      for (let c = 0; c < cols; c++) keys.push(r * COLS + ((firstCol + c) % COLS));
    return keys;
  }

  /**
   * A distance no point of the cell can be nearer than. Haversine's h = sin²(Δφ/2) + cos φ1 cos φ2
   * sin²(Δλ/2) only grows with each gap, and cos φ2 is smallest at the cell's edge, so using the
   * gaps to the cell and that smallest cosine bounds h (and the distance) from below.
   */
  private lowerBound(from: GeoPoint, key: number): number {
    const [lng, lat] = from.coordinates;
    const row = Math.floor(key / COLS);
    const col = key % COLS;
    const south = row * CELL - 90;
    const north = south + CELL;
    const west = col * CELL - 180;
    const east = west + CELL;
    const dLat = lat < south ? south - lat : lat > north ? lat - north : 0;
    const inside = lngApart(lng, west + CELL / 2) <= CELL / 2;
    const dLng = inside ? 0 : Math.min(lngApart(lng, west), lngApart(lng, east));
    const cosCell = Math.min(Math.cos(rad(south)), Math.cos(rad(north)));
    const h = Math.sin(rad(dLat) / 2) ** 2 + Math.cos(rad(lat)) * Math.max(0, cosCell) * Math.sin(rad(dLng) / 2) ** 2;
    return Math.max(0, 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))) - 1e-9);
  }
}
