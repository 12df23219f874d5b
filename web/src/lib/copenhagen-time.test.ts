import { describe, expect, it } from 'vitest';
import { copenhagenOffsetMinutes, formatCalendarDate, formatDanishDateTime, formatRelative, fromDanishWallTime, toDanishWallTime } from './copenhagen-time';

describe('Danish time', () => {
  it('knows winter and summer time', () => {
    expect(copenhagenOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'))).toBe(60);
    expect(copenhagenOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'))).toBe(120);
  });

  it('reads a datetime-local value as Danish time, whatever the browser’s zone', () => {
    expect(fromDanishWallTime('2026-07-15T10:00')).toBe('2026-07-15T08:00:00.000Z');
    expect(fromDanishWallTime('2026-12-01T10:30')).toBe('2026-12-01T09:30:00.000Z');
    // The night summer time starts (29 March 2026, 02:00 → 03:00).
    expect(fromDanishWallTime('2026-03-29T04:00')).toBe('2026-03-29T02:00:00.000Z');
    expect(fromDanishWallTime('')).toBeNull();
    expect(fromDanishWallTime('12-06-2026')).toBeNull();
  });

  it('writes an instant as a datetime-local value and back', () => {
    expect(toDanishWallTime('2026-07-15T08:00:00Z')).toBe('2026-07-15T10:00');
    expect(fromDanishWallTime(toDanishWallTime('2026-11-03T16:45:00Z'))).toBe('2026-11-03T16:45:00.000Z');
  });

  it('formats for Danish and English readers', () => {
    expect(formatDanishDateTime('2026-07-15T08:00:00Z', 'da')).toMatch(/15\. jul\. 2026.*10\.00/);
    expect(formatDanishDateTime('2026-07-15T08:00:00Z', 'en')).toMatch(/15 Jul 2026.*10:00/);
    expect(formatCalendarDate('2026-07-15', 'da')).toBe('15. jul. 2026');
  });

  it('says how far away a moment is in a useful unit', () => {
    const now = Date.parse('2026-07-15T08:00:00Z');
    expect(formatRelative('2026-07-15T08:00:20Z', now, 'da')).toBe('nu');
    expect(formatRelative('2026-07-15T08:30:00Z', now, 'da')).toBe('om 30 minutter');
    expect(formatRelative('2026-07-16T08:00:00Z', now, 'da')).toBe('om 24 timer');
    expect(formatRelative('2026-07-18T08:00:00Z', now, 'en')).toBe('in 3 days');
  });
});
