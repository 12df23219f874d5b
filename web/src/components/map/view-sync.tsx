import type { Bbox } from '@byg360/shared';
import type { LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';

export interface MapViewport {
  bbox: Bbox;
  zoom: number;
}

export const toLeafletBounds = (b: Bbox): LatLngBoundsExpression => [
  [b.minLat, b.minLon],
  [b.maxLat, b.maxLon],
];

export function viewportOf(map: LeafletMap): MapViewport {
  const b = map.getBounds();
  return { bbox: { minLon: b.getWest(), minLat: b.getSouth(), maxLon: b.getEast(), maxLat: b.getNorth() }, zoom: map.getZoom() };
}

/** Two boxes are the same view when they differ by no more than a URL's rounding. */
const TOLERANCE_DEG = 0.001;
const same = (a: Bbox | null, b: Bbox | null) =>
  a !== null &&
  b !== null &&
  Math.abs(a.minLon - b.minLon) <= TOLERANCE_DEG &&
  Math.abs(a.minLat - b.minLat) <= TOLERANCE_DEG &&
  Math.abs(a.maxLon - b.maxLon) <= TOLERANCE_DEG &&
  Math.abs(a.maxLat - b.maxLat) <= TOLERANCE_DEG;

export interface ViewSyncProps {
  /**
   * The view kept outside the map, such as in the URL. The map fits it whenever it changes from
   * outside (first load, back button); `null` means "not set yet": the map reports its own view.
   */
  bounds: Bbox | null;
  /** False while the map is hidden (display: none) and has no size; it is measured again when shown. */
  active?: boolean;
  /** Every view the map settles on, its own fits included: what to load markers for. */
  onView?: (view: MapViewport) => void;
  /** Views the user moved to (drag, zoom, keys, a click that zooms, a resize), never the fits to `bounds`. */
  onUserMove: (view: MapViewport) => void;
}

/**
 * Keeps a map and a view held elsewhere in step, in both directions, without an echo: fitting
 * the map to `bounds` is not reported back as a move.
 */
export function ViewSync({ bounds, active = true, onView, onUserMove }: ViewSyncProps) {
  const map = useMap();
  const fitting = useRef(false);
  /** The view the outside already knows about: reported by us, or fitted to. */
  const known = useRef<Bbox | null>(null);
  const wasActive = useRef(false);

  const settle = useEffectEvent(() => {
    const view = viewportOf(map);
    onView?.(view);
    return view;
  });
  const moved = useEffectEvent(() => {
    if (!active || fitting.current) return;
    const view = settle();
    known.current = view.bbox;
    onUserMove(view);
  });
  useMapEvents({ moveend: () => moved() });

  const sync = useEffectEvent(() => {
    if (!active) {
      wasActive.current = false;
      return;
    }
    const shown = !wasActive.current;
    wasActive.current = true;
    // Leaflet's own moveend handlers run synchronously inside these calls: the flag silences them.
    fitting.current = true;
    try {
      if (shown) map.invalidateSize({ animate: false });
      if (bounds && (shown || !same(bounds, known.current))) map.fitBounds(toLeafletBounds(bounds), { animate: false });
    } finally {
      fitting.current = false;
    }
    const view = settle();
    if (bounds) {
      known.current = bounds;
    } else {
      known.current = view.bbox;
      onUserMove(view);
    }
  });
  const key = bounds ? `${bounds.minLon},${bounds.minLat},${bounds.maxLon},${bounds.maxLat}` : '';
  useEffect(() => sync(), [key, active]);

  return null;
}
