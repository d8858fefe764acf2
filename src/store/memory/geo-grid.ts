import { distanceKm, EARTH_RADIUS_KM, type GeoPoint, point } from '../../domain/geo.js';

export interface GridCell {
  readonly key: number;
  /** No point of the cell is nearer than this to the query point. */
  readonly lowerBoundKm: number;
  /** No point of the cell is further than this from the query point. */
  readonly upperBoundKm: number;
  readonly ids: ReadonlySet<string>;
}

/** The default cell size in degrees: about 1.1 km of latitude, so a "nearest 200" query reads few cells. */
export const NEAREST_CELL = 0.01;
const rad = (deg: number) => (deg * Math.PI) / 180;

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
  private readonly rowCount: number;
  private readonly colCount: number;
  /** Half the diagonal of a cell at the equator, where it is widest, plus a margin. */
  private readonly halfDiagonalKm: number;

  /** `cellDeg`: the cells' size in degrees (see NEAREST_CELL). */
  constructor(private readonly cellDeg = NEAREST_CELL) {
    this.rowCount = Math.round(180 / cellDeg);
    this.colCount = Math.round(360 / cellDeg);
    this.halfDiagonalKm = Math.SQRT2 * (cellDeg / 2) * ((Math.PI * EARTH_RADIUS_KM) / 180) + 1e-6;
  }

  private rowOf(lat: number): number {
    return Math.min(this.rowCount - 1, Math.max(0, Math.floor((lat + 90) / this.cellDeg)));
  }

  private colOf(lng: number): number {
    return ((Math.floor((lng + 180) / this.cellDeg) % this.colCount) + this.colCount) % this.colCount;
  }

  private readonly cells = new Map<number, Set<string>>();
  private readonly cellOf = new Map<string, number>();
  /**
   * Each row's occupied columns, ascending: a query reads the non-empty cells of its box, not
   * every cell of the box (most of a 20 km box around a city is empty at its edges) nor every
   * cell of the grid.
   */
  private readonly rows = new Map<number, number[]>();
  /**
   * The last query's cells, reused while no cell has been made or emptied (the cells' id sets
   * are live): a page and its count ask for the same cells one after the other.
   */
  private last: { lng: number; lat: number; maxKm: number; cells: readonly GridCell[] } | null = null;

  set(id: string, at: GeoPoint | null): void {
    this.delete(id);
    if (!at) return;
    const key = this.rowOf(at.coordinates[1]) * this.colCount + this.colOf(at.coordinates[0]);
    let ids = this.cells.get(key);
    if (!ids) {
      this.cells.set(key, (ids = new Set()));
      this.occupy(key);
      this.last = null;
    }
    ids.add(id);
    this.cellOf.set(id, key);
  }

  delete(id: string): void {
    const key = this.cellOf.get(id);
    if (key === undefined) return;
    const ids = this.cells.get(key)!;
    ids.delete(id);
    if (ids.size === 0) {
      this.cells.delete(key);
      this.vacate(key);
      this.last = null;
    }
    this.cellOf.delete(id);
  }

  private occupy(key: number): void {
    const row = Math.floor(key / this.colCount);
    const col = key % this.colCount;
    let cols = this.rows.get(row);
    if (!cols) this.rows.set(row, (cols = []));
    cols.splice(firstAtLeast(cols, col), 0, col);
  }

  private vacate(key: number): void {
    const row = Math.floor(key / this.colCount);
    const cols = this.rows.get(row)!;
    cols.splice(firstAtLeast(cols, key % this.colCount), 1);
    if (cols.length === 0) this.rows.delete(row);
  }

  /** Cells that may hold points within `maxKm` of `from`, with their lower bound, nearest first. */
  candidates(from: GeoPoint, maxKm: number): readonly GridCell[] {
    const [lng, lat] = from.coordinates;
    const last = this.last;
    if (last && last.lng === lng && last.lat === lat && last.maxKm === maxKm) return last.cells;
    const out: GridCell[] = [];
    const box = this.box(from, maxKm);
    // The lower bound: haversine's h = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2) only grows with each
    // gap, and cos φ2 is smallest at the cell's edge, so the gaps to the cell and that smallest
    // cosine bound h (and the distance) from below; the upper bound the same way, from the
    // furthest gaps and the largest cosine. The latitude parts depend only on the row and the
    // longitude parts only on the column: each is computed once a row, or once a column while
    // the box is narrow (a 20 km query spans ~2,500 cells).
    const cosLat = Math.cos(rad(lat));
    const narrow = box.cols < this.colCount;
    const lngParts = narrow ? new Float64Array(box.cols).fill(-1) : null;
    const farLngParts = narrow ? new Float64Array(box.cols) : null;
    const visit = (row: number, cols: readonly number[]) => {
      const [latPart, cosCell] = rowParts(lat, row, this.cellDeg);
      const [farLatPart, farCosCell] = farRowParts(lat, row, this.cellDeg);
      const cell = (col: number) => {
        let near: number;
        let far: number;
        if (lngParts && farLngParts) {
          const c = (col - box.firstCol + this.colCount) % this.colCount;
          if (lngParts[c]! < 0) {
            lngParts[c] = lngPart(lng, col, this.cellDeg);
            farLngParts[c] = farLngPart(lng, col, this.cellDeg);
          }
          near = lngParts[c]!;
          far = farLngParts[c]!;
        } else {
          near = lngPart(lng, col, this.cellDeg);
          far = farLngPart(lng, col, this.cellDeg);
        }
        const lowerBoundKm = boundFrom(latPart, cosLat * cosCell * near);
        if (lowerBoundKm > maxKm) return;
        const key = row * this.colCount + col;
        out.push({ key, lowerBoundKm, upperBoundKm: farBoundFrom(farLatPart, cosLat * farCosCell * far), ids: this.cells.get(key)! });
      };
      if (!narrow) {
        for (const col of cols) cell(col);
        return;
      }
      // The box's columns, across the antimeridian in two runs.
      const end = box.firstCol + box.cols;
      for (let i = firstAtLeast(cols, box.firstCol); i < cols.length && cols[i]! < end; i++) cell(cols[i]!);
      for (let i = 0; end > this.colCount && i < cols.length && cols[i]! < end - this.colCount; i++) cell(cols[i]!);
    };
    if (box.lastRow - box.firstRow + 1 <= this.rows.size) {
      for (let row = box.firstRow; row <= box.lastRow; row++) {
        const cols = this.rows.get(row);
        if (cols) visit(row, cols);
      }
    } else {
      for (const [row, cols] of this.rows) if (row >= box.firstRow && row <= box.lastRow) visit(row, cols);
    }
    out.sort((a, b) => a.lowerBoundKm - b.lowerBoundKm);
    this.last = { lng, lat, maxKm, cells: out };
    return out;
  }

  /** The cell a point was filed under, if it is in the grid. */
  cellKeyOf(id: string): number | undefined {
    return this.cellOf.get(id);
  }

  /**
   * A distance no point of the cell can be further than: the distance to its centre plus the
   * furthest any point of it can be from its centre. A cell spans `cellDeg` degrees of latitude and at
   * most as many degrees of longitude, so that is at most half its diagonal at the equator
   * (~0.79 km for 0.01°); one haversine per cell.
   */
  upperBound(from: GeoPoint, key: number): number {
    const row = Math.floor(key / this.colCount);
    const col = key % this.colCount;
    const centre = point(row * this.cellDeg - 90 + this.cellDeg / 2, col * this.cellDeg - 180 + this.cellDeg / 2);
    return distanceKm(from, centre) + this.halfDiagonalKm;
  }

  /** The rows and columns of the query's bounding box (every column when it spans a pole or half the world). */
  private box(from: GeoPoint, maxKm: number): { firstRow: number; lastRow: number; firstCol: number; cols: number } {
    const [lng, lat] = from.coordinates;
    const span = maxKm / 111.19 + this.cellDeg;
    const top = lat + span;
    const bottom = lat - span;
    const widestLat = Math.max(Math.abs(top), Math.abs(bottom));
    // Within reach, cos φ1 cos φ2 sin²(Δλ/2) ≤ sin²(maxKm / 2R), and both cosines are at least
    // that of the widest latitude: Δλ ≤ 2 asin(sin(maxKm / 2R) / cos widest). (maxKm / R / cos
    // widest, plus the margin, falls short of it by a third-order term far from the equator.)
    const sinHalfLng = Math.sin(maxKm / (2 * EARTH_RADIUS_KM)) / Math.cos(rad(widestLat));
    const lngSpan = widestLat >= 89 || sinHalfLng >= 1 ? 180 : Math.max(span / Math.cos(rad(widestLat)), (2 * Math.asin(sinHalfLng) * 180) / Math.PI + this.cellDeg);
    const cols = lngSpan >= 180 ? this.colCount : Math.min(this.colCount, Math.ceil((2 * lngSpan) / this.cellDeg) + 2);
    return { firstRow: this.rowOf(bottom), lastRow: this.rowOf(top), firstCol: cols === this.colCount ? 0 : this.colOf(lng - lngSpan), cols };
  }

}

/** The index of the first of the ascending `xs` at least `x` (xs.length when none is). */
function firstAtLeast(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For row `row`: sin²(Δφ/2) to its nearest latitude, and the smallest cosine of its edges (≥ 0). */
function rowParts(lat: number, row: number, cellDeg: number): [number, number] {
  const south = row * cellDeg - 90;
  const north = south + cellDeg;
  const dLat = lat < south ? south - lat : lat > north ? lat - north : 0;
  return [Math.sin(rad(dLat) / 2) ** 2, Math.max(0, Math.min(Math.cos(rad(south)), Math.cos(rad(north))))];
}

/**
 * For row `row`: sin²(Δφ/2) to its furthest latitude, and the largest cosine within it (1 when
 * it spans the equator): with `farLngPart`, an h no point of the cell exceeds.
 */
function farRowParts(lat: number, row: number, cellDeg: number): [number, number] {
  const south = row * cellDeg - 90;
  const north = south + cellDeg;
  const dLat = Math.max(Math.abs(lat - south), Math.abs(lat - north));
  const cosMax = south <= 0 && north >= 0 ? 1 : Math.max(Math.cos(rad(south)), Math.cos(rad(north)));
  return [Math.sin(rad(Math.min(180, dLat)) / 2) ** 2, cosMax];
}

/** For column `col`: sin²(Δλ/2) to its furthest longitude. */
function farLngPart(lng: number, col: number, cellDeg: number): number {
  const west = col * cellDeg - 180;
  // A cell holding the opposite meridian reaches the furthest any longitude can be.
  if (lngApart(lng, west + cellDeg / 2) + cellDeg / 2 >= 180) return 1;
  return Math.sin(rad(Math.max(lngApart(lng, west), lngApart(lng, west + cellDeg))) / 2) ** 2;
}

/** Haversine's distance from h = latPart + lngPart, plus a hair so rounding never understates it. */
const farBoundFrom = (latPart: number, lngTerm: number) => 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(latPart + lngTerm))) + 1e-9;

/** For column `col`: sin²(Δλ/2) to its nearest longitude (0 inside it). */
function lngPart(lng: number, col: number, cellDeg: number): number {
  const west = col * cellDeg - 180;
  const east = west + cellDeg;
  const inside = lngApart(lng, west + cellDeg / 2) <= cellDeg / 2;
  const dLng = inside ? 0 : Math.min(lngApart(lng, west), lngApart(lng, east));
  return Math.sin(rad(dLng) / 2) ** 2;
}

/** Haversine's distance from h = latPart + lngPart, less a hair so rounding never overstates it. */
const boundFrom = (latPart: number, lngTerm: number) => Math.max(0, 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(latPart + lngTerm))) - 1e-9);
