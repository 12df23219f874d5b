import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dateInputFormats, parseDateInput } from './date-input';

describe('parseDateInput', () => {
  it('reads ISO dates in either language', () => {
    expect(parseDateInput('2026-11-27', 'da')).toBe('2026-11-27');
    expect(parseDateInput(' 2026-11-27 ', 'en')).toBe('2026-11-27');
  });

  it('reads Danish dates with the day first, in figures', () => {
    expect(parseDateInput('27-11-2026', 'da')).toBe('2026-11-27');
    expect(parseDateInput('27.11.2026', 'da')).toBe('2026-11-27');
    expect(parseDateInput('3/2/2026', 'da')).toBe('2026-02-03');
  });

  it('reads a named month in the page’s language', () => {
    expect(parseDateInput('27. nov. 2026', 'da')).toBe('2026-11-27');
    expect(parseDateInput('1 marts 2027', 'da')).toBe('2027-03-01');
    expect(parseDateInput('27 Nov 2026', 'en')).toBe('2026-11-27');
    expect(parseDateInput('4 September 2026', 'en')).toBe('2026-09-04');
  });

  it('does not guess at English dates in figures', () => {
    expect(parseDateInput('11/12/2026', 'en')).toBeNull();
  });

  it('waits for a whole, real day', () => {
    expect(parseDateInput('27-11-20', 'da')).toBeNull();
    expect(parseDateInput('31-02-2026', 'da')).toBeNull();
    expect(parseDateInput('27 ju 2026', 'en')).toBeNull();
    expect(parseDateInput('', 'da')).toBeNull();
  });

  it('reads back what the field shows', () => {
    for (const language of ['da', 'en'] as const) {
      const shown = dayjs('2026-05-09').locale(language).format(dateInputFormats[language]);
      expect(parseDateInput(shown, language)).toBe('2026-05-09');
    }
  });
});
