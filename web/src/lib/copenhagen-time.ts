/**
 * Times as people in Denmark read them, always in Danish time (Europe/Copenhagen) whatever time
 * zone the browser is in: a pick-up at 10:00 means 10:00 on the site. Also used to type times in
 * an `<input type="datetime-local">`, which has no time zone of its own.
 */
export const TIME_ZONE = 'Europe/Copenhagen';

const locales: Record<string, string> = { da: 'da-DK', en: 'en-GB' };
const localeOf = (language: string) => locales[language] ?? 'da-DK';

const formats = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/** "12. jun. 2026 14.00" / "12 Jun 2026, 14:00", in Danish time. */
export function formatDanishDateTime(iso: string, language: string): string {
  const locale = localeOf(language);
  return cached(`dt:${locale}`, () =>
    new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
  ).format(new Date(iso));
}

/** A calendar date ("2026-06-12") as "12. jun. 2026". */
export function formatCalendarDate(isoDate: string, language: string): string {
  const locale = localeOf(language);
  // Noon UTC is the same calendar day in Copenhagen.
  return cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric' })).format(
    new Date(`${isoDate.slice(0, 10)}T12:00:00Z`),
  );
}

/** "nu", "om 3 dage", "for 5 minutter siden": the coarsest unit that still says something useful. */
export function formatRelative(iso: string, now: number, language: string): string {
  const format = cached(`r:${localeOf(language)}`, () => new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'auto' }));
  const minutes = Math.round((new Date(iso).getTime() - now) / 60_000);
  const abs = Math.abs(minutes);
  if (abs === 0) return format.format(0, 'second');
  if (abs < 60) return format.format(minutes, 'minute');
  if (abs < 48 * 60) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / (24 * 60)), 'day');
}

/** The UTC offset of Danish time at an instant, in minutes (60 in winter, 120 in summer). */
export function copenhagenOffsetMinutes(instant: number): number {
  const parts = cached('parts', () =>
    new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }),
  ).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** An instant as the value of a datetime-local input, in Danish time: "2026-06-12T14:00". */
export function toDanishWallTime(instant: Date | string | number): string {
  const ms = new Date(instant).getTime();
  return new Date(ms + copenhagenOffsetMinutes(ms) * 60_000).toISOString().slice(0, 16);
}

/** A datetime-local value ("2026-06-12T14:00"), read as Danish time, as an ISO instant; null if it is not one. */
export function fromDanishWallTime(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.slice(0, 16));
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return null;
  // The offset depends on the instant itself; a second pass settles the nights summer time starts or ends.
  let instant = asUtc - copenhagenOffsetMinutes(asUtc) * 60_000;
  instant = asUtc - copenhagenOffsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}
