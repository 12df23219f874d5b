import type { Bbox, MapClustersQuery, MapClustersResponse } from '@byg360/shared';
import type { Db } from '../db/client.ts';
import { trimDecimal } from '../lib/decimal.ts';
import { photoPaths } from '../photos/photo-urls.ts';
import { clusterCells, lotsInView, type CellRow, type SingleLot } from './map-repository.ts';
import { planText } from './text-match.ts';

/** The view is cut into at most this many cells across and down, so a response has at most (16 + 1)² features. */
export const MAX_CELLS_PER_AXIS = 16;
/** From this zoom on, a view with few enough lots shows them one by one, even those at the same spot. */
export const EXPAND_ZOOM = 16;
export const MAX_SINGLE_LOTS = 300;

const clampLat = (lat: number) => Math.max(-85.05112878, Math.min(85.05112878, lat));
export const mercatorX = (lon: number) => (lon + 180) / 360;
export const mercatorY = (lat: number) => {
  const r = (clampLat(lat) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
};

/**
 * Cells per world width (a power of two, so cells line up across pans): 64-pixel cells at this
 * zoom — four per 256-pixel tile — made coarser until the view spans at most MAX_CELLS_PER_AXIS.
 */
export function cellsPerWorld(bbox: Bbox, zoom: number): number {
  const width = mercatorX(bbox.maxLon) - mercatorX(bbox.minLon);
  const height = mercatorY(bbox.minLat) - mercatorY(bbox.maxLat);
  let level = Math.min(zoom + 2, 30);
  while (level > 0 && (width * 2 ** level > MAX_CELLS_PER_AXIS || height * 2 ** level > MAX_CELLS_PER_AXIS)) level--;
  return 2 ** level;
}

type Feature = MapClustersResponse['features'][number];

const lotFeature = (lot: SingleLot): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lot.lon, lot.lat] },
  properties: {
    cluster: false,
    id: lot.id,
    title: lot.title,
    category: lot.category,
    quantityLeft: trimDecimal(lot.quantityLeft),
    unit: lot.unit,
    coverThumbnailUrl: lot.coverKey ? photoPaths(lot.coverKey).thumbnailUrl : null,
  },
});

const cellFeature = (c: CellRow): Feature =>
  c.n === 1 && c.lot
    ? lotFeature(c.lot)
    : {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
        properties: { cluster: true, count: c.n, categories: c.categories, bbox: [c.min_lon, c.min_lat, c.max_lon, c.max_lat] },
      };

/** Clusters and single lots for the map's view, with the search's filters and text matching. */
export async function mapClusters(db: Db, query: MapClustersQuery): Promise<MapClustersResponse> {
  const grid = cellsPerWorld(query.bbox, query.zoom);
  const plan = await planText(db, query.q);
  let text = plan.primary;
  let cells = await clusterCells(db, query, text, grid);
  const fallback = cells.length === 0 && text ? await plan.fallback() : null;
  if (fallback) {
    text = fallback;
    cells = await clusterCells(db, query, text, grid);
  }
  const total = cells.reduce((sum, c) => sum + c.n, 0);
  const features =
    query.zoom >= EXPAND_ZOOM && total <= MAX_SINGLE_LOTS && cells.some((c) => c.n > 1)
      ? (await lotsInView(db, query, text, MAX_SINGLE_LOTS)).map(lotFeature)
      : cells.map(cellFeature);
  return { type: 'FeatureCollection', features, total };
}
