import { divIcon, type LeafletKeyboardEvent, type Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Marker } from 'react-leaflet';
import { toLatLng, type LatLon } from './map-view';
import classes from './map.module.css';

export interface CountMarkerProps {
  position: LatLon;
  count: number;
  /** The number as shown ("1.250"); the caller formats it for the page's language. */
  countText: string;
  /** Read out for the marker, which is a button keyboard users can reach with Tab. */
  label: string;
  /** `group`: several single items at one spot (opens a popup); `cluster`: zooms in. */
  variant?: 'cluster' | 'group';
  /** Click or Enter; leave it out when a child <Popup> should open instead. */
  onActivate?: () => void;
  /** A <Tooltip> or <Popup>. */
  children?: ReactNode;
}

/** A round marker with a number, sized by it: a cluster of points, or several at one spot. */
export function CountMarker({ position, count, countText, label, variant = 'cluster', onActivate, children }: CountMarkerProps) {
  const size = Math.round(Math.min(56, 30 + 12 * Math.log10(Math.max(1, count))));
  const icon = useMemo(
    () =>
      divIcon({
        // Only the formatted number goes into the HTML; the label is set as an attribute.
        html: `<span>${escapeHtml(countText)}</span>`,
        className: `${classes.countIcon} ${variant === 'group' ? classes.countIconGroup : ''}`,
        iconSize: [size, size],
      }),
    [countText, size, variant],
  );
  const eventHandlers = useMemo(
    () =>
      onActivate
        ? {
            click: onActivate,
            keypress: (event: LeafletKeyboardEvent) => {
              if (event.originalEvent.key === 'Enter') onActivate();
            },
          }
        : {},
    [onActivate],
  );
  const marker = useLabel(label, icon);
  return (
    <Marker ref={marker} position={toLatLng(position)} icon={icon} riseOnHover eventHandlers={eventHandlers}>
      {children}
    </Marker>
  );
}

/** A single point as a dot that keyboard users can reach; put a <Popup> inside to say what it is. */
export function DotMarker({ position, label, highlighted = false, children }: { position: LatLon; label: string; highlighted?: boolean; children?: ReactNode }) {
  const icon = useMemo(
    () => divIcon({ html: '', className: `${classes.dotIcon} ${highlighted ? classes.dotIconHighlighted : ''}`, iconSize: highlighted ? [26, 26] : [20, 20] }),
    [highlighted],
  );
  const marker = useLabel(highlighted ? null : label, icon);
  return (
    <Marker ref={marker} position={toLatLng(position)} icon={icon} riseOnHover zIndexOffset={highlighted ? 1000 : 0} keyboard={!highlighted}>
      {children}
    </Marker>
  );
}

/**
 * Names the marker's element (a button for keyboard users) with aria-label: Leaflet's `title`
 * option would also raise the browser's own tooltip on top of ours. Runs again when the icon
 * element is replaced.
 */
function useLabel(label: string | null, icon: unknown) {
  const marker = useRef<LeafletMarker>(null);
  useEffect(() => {
    const element = marker.current?.getElement();
    if (!element) return;
    if (label) element.setAttribute('aria-label', label);
    else element.setAttribute('aria-hidden', 'true');
  }, [label, icon]);
  return marker;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
