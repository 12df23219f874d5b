import { isoDay } from '@byg360/shared';
import dayjs from 'dayjs';
import 'dayjs/locale/da';
import localeData from 'dayjs/plugin/localeData';
import type { Language } from './i18n';

dayjs.extend(localeData);

/**
 * How a date field shows its day: Danish day-month-year in figures, as Danes write it by hand;
 * English with the month's name, so that no reader takes the day for the month.
 */
export const dateInputFormats: Record<Language, string> = { da: 'DD-MM-YYYY', en: 'D MMM YYYY' };

// Two-digit month and day, so that 2026-11-2 is not taken for a day while 2026-11-27 is being typed.
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayFirstFigures = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$/;
const dayFirstNamed = /^(\d{1,2})\.?\s*([\p{L}]+)\.?,?\s*(\d{4})$/u;

/** A month named in full or by its first three letters or more ("nov", "sept", "november"). */
function monthNumber(name: string, language: Language): number | null {
  const typed = name.toLowerCase();
  if (typed.length < 3) return null;
  const index = dayjs().locale(language).localeData().months().findIndex((month) => month.toLowerCase().startsWith(typed));
  return index === -1 ? null : index + 1;
}

/**
 * What was typed in a date field, as YYYY-MM-DD, or null while it is not a whole, real day.
 * ISO is always understood; Danish also takes the day first in figures (27-11-2026, 27.11.2026,
 * 27/11/2026); both languages take a named month (27. nov. 2026, 27 Nov 2026).
 * English figures are not guessed at: 11/12/2026 is a different day in London and in New York.
 */
export function parseDateInput(text: string, language: Language): string | null {
  const value = text.trim();
  const iso = isoDate.exec(value);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const figures = language === 'da' ? dayFirstFigures.exec(value) : null;
  if (figures) return isoDay(Number(figures[3]), Number(figures[2]), Number(figures[1]));
  const named = dayFirstNamed.exec(value);
  const month = named ? monthNumber(named[2] ?? '', language) : null;
  if (named && month !== null) return isoDay(Number(named[3]), month, Number(named[1]));
  return null;
}
