import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../lib/i18n-resources';
import { DateField } from './date-field';

/** The field as static HTML, in the given language. */
function render(language: 'da' | 'en', value: string, required = false) {
  const i18n = createInstance({ lng: language, resources, initAsync: false });
  void i18n.init();
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <DatesProvider settings={{ locale: language }}>
          <DateField label="Frist" value={value} onChange={() => {}} required={required} />
        </DatesProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
}

const shownValue = (html: string) => /<input[^>]*data-dates-input[^>]*value="([^"]*)"/.exec(html)?.[1] ?? /<input[^>]*value="([^"]*)"[^>]*data-dates-input/.exec(html)?.[1];

describe('DateField', () => {
  it('shows the day in the page’s language, whatever the browser’s', () => {
    expect(shownValue(render('da', '2026-11-27'))).toBe('27-11-2026');
    expect(shownValue(render('en', '2026-11-27'))).toBe('27 Nov 2026');
  });

  it('keeps the label tied to the field', () => {
    const html = render('da', '');
    const labelFor = /<label[^>]*for="([^"]+)"[^>]*>Frist/.exec(html)?.[1];
    expect(labelFor).toBeTruthy();
    expect(html).toContain(`id="${labelFor}"`);
  });

  it('hints at the format to type while empty', () => {
    expect(render('da', '')).toContain('placeholder="dd-mm-åååå"');
  });

  it('keeps the form’s value as YYYY-MM-DD', () => {
    expect(render('en', '2026-11-27')).toMatch(/<input[^>]*type="hidden"[^>]*value="2026-11-27"/);
  });
});
