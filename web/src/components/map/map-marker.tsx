import { CircleMarker, Tooltip } from 'react-leaflet';
import { toLatLng, type LatLon } from './map-view';

/** The theme's primary green (moss 7); SVG attributes cannot read CSS variables. */
const MARKER_COLOUR = '#2f7d4f';

/** A point drawn as a vector circle: no marker images to bundle or to allow in the content security policy. */
export function MapMarker({ position, label }: { position: LatLon; label?: string }) {
  return (
    <CircleMarker
      center={toLatLng(position)}
      radius={9}
      pathOptions={{ color: '#ffffff', weight: 3, fillColor: MARKER_COLOUR, fillOpacity: 1 }}
    >
      {label && <Tooltip direction="top" offset={[0, -8]}>{label}</Tooltip>}
    </CircleMarker>
  );
}
