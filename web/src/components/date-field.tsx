import { DateInput, type DateInputProps } from '@mantine/dates';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dateInputFormats, parseDateInput } from '../lib/date-input';
import type { Language } from '../lib/i18n';
import classes from './date-field.module.css';

export interface DateFieldProps
  extends Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'minDate' | 'maxDate' | 'clearable' | 'popoverProps' | 'getDayProps'> {
  /** The day as YYYY-MM-DD, or '' for none. */
  value?: string;
  /** Called with YYYY-MM-DD once a whole day is typed or picked, and with '' when the field is emptied. */
  onChange: (value: string) => void;
  /** The first and the last day the calendar offers (YYYY-MM-DD); a typed day outside is passed on for the form to explain. */
  min?: string;
  max?: string;
}

/**
 * A day shown and typed in the page's language (not the browser's, as a native date input would),
 * with a calendar that opens on click, on typing or with the down arrow. The calendar's days take
 * focus only from the keyboard, so that clicking keeps the caret in the field.
 */
export function DateField({ value, onChange, min, max, required, onKeyDown, onBlur, onClick, onInput, ...props }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  const [opened, setOpened] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const calendarId = useId();
  const calendar = () => document.querySelector(`[data-calendar-of="${CSS.escape(calendarId)}"]`);

  const backToField = () => {
    setOpened(false);
    inputRef.current?.focus();
  };

  // The calendar mounts a frame or two after it is opened.
  const focusDay = (framesLeft = 10) => {
    const days = calendar();
    const day =
      days?.querySelector<HTMLElement>('button[data-selected]') ??
      days?.querySelector<HTMLElement>('button[data-today]:not([disabled])') ??
      days?.querySelector<HTMLElement>('table button:not([disabled]):not([data-outside])');
    if (day) day.focus();
    else if (framesLeft > 0) requestAnimationFrame(() => focusDay(framesLeft - 1));
  };

  const onDayKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    // Tab would leave for the end of the page, where the calendar is rendered; Escape closes it.
    if (event.key === 'Tab' || event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      backToField();
    }
  };

  const outside = (day: string) => (min !== undefined && min !== '' && day < min) || (max !== undefined && max !== '' && day > max);

  return (
    <DateInput
      {...props}
      ref={inputRef}
      required={required}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      valueFormat={dateInputFormats[language]}
      dateParser={(text) => parseDateInput(text, language)}
      placeholder={props.placeholder ?? t('dateField.placeholder')}
      clearable={!required}
      allowDeselect={false}
      excludeDate={outside}
      nextLabel={t('dateField.next')}
      previousLabel={t('dateField.previous')}
      classNames={{ day: classes.day }}
      popoverProps={{ opened, onChange: setOpened, shadow: 'md', attributes: { dropdown: { 'data-calendar-of': calendarId } } }}
      getDayProps={() => ({
        // A dialog around the field closes on Escape unless told that the calendar took it.
        'data-mantine-stop-propagation': true,
        onKeyDown: onDayKey,
        onClick: () => {
          if (document.activeElement !== inputRef.current) backToField();
          else setOpened(false);
        },
      })}
      data-mantine-stop-propagation={opened || undefined}
      onClick={(event) => {
        onClick?.(event);
        setOpened(true);
      }}
      onInput={(event) => {
        onInput?.(event);
        setOpened(true);
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.key === 'ArrowDown') {
          event.preventDefault();
          setOpened(true);
          requestAnimationFrame(() => focusDay());
        } else if (event.key === 'Escape') setOpened(false);
      }}
      onBlur={(event) => {
        onBlur?.(event);
        if (!(event.relatedTarget instanceof Node && calendar()?.contains(event.relatedTarget))) setOpened(false);
      }}
    />
  );
}
