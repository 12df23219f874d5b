import { importFileProblemCodes, importIssueCodes, type ImportIssue } from '@byg360/shared';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../lib/i18n-resources';
import { ApiError } from '../../lib/api-client';
import { fileProblemOf, importIssueText } from './import-issue-text';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'da', resources, interpolation: { escapeValue: false } });
});

const issue = (code: string, params: ImportIssue['params'] = {}, message = 'The English message') => ({ code, params, message });
const inBoth = async (value: ReturnType<typeof issue>) => {
  await i18n.changeLanguage('da');
  const da = importIssueText(value, i18n, 'da');
  await i18n.changeLanguage('en');
  const en = importIssueText(value, i18n, 'en');
  return { da: da.text, en: en.text };
};

describe('importIssueText', () => {
  it('words a bad cell in Danish and in English, with the cell’s text and the valid choices', async () => {
    expect(await inBoth(issue('building_use.unknown', { text: 'Slot' }))).toEqual({
      da: 'Ukendt anvendelse “Slot”: skriv fx enfamiliehus, stuehus, etagebolig, sommerhus eller BBR-koden (120, 110, 140 …)',
      en: 'Unknown building use “Slot”: write e.g. enfamiliehus, stuehus, etagebolig, sommerhus, or the BBR code (120, 110, 140 …)',
    });
    expect(await inBoth(issue('postcode.format'))).toEqual({ da: 'Postnummeret skal have fire cifre', en: 'Postcode must be four digits' });
    expect(await inBoth(issue('year.invalid', { text: 'abc' }))).toEqual({ da: '“abc” er ikke et årstal', en: '“abc” is not a year' });
    expect(await inBoth(issue('year.too_early', { min: 2000 }))).toEqual({ da: 'Skriv et årstal fra 2000', en: 'Enter a year from 2000' });
  });

  it('says decimal or decimals as the number asks', async () => {
    expect(await inBoth(issue('number.format_positive', { decimals: 1 }))).toEqual({
      da: 'Skriv et tal over 0 med højst 1 decimal',
      en: 'Enter a number above 0 with at most 1 decimal',
    });
    expect((await inBoth(issue('number.format', { decimals: 2 }))).da).toBe('Skriv et tal med højst 2 decimaler');
  });

  it('writes numbers and dates the Danish or English way', async () => {
    expect(await inBoth(issue('number.too_large', { max: 1_000_000 }))).toEqual({ da: 'Må højst være 1.000.000', en: 'Must be at most 1,000,000' });
    expect(await inBoth(issue('latitude.range', { min: 54.4, max: 57.9 }))).toEqual({
      da: 'Breddegraden skal ligge i Danmark (54,4–57,9)',
      en: 'Latitude must be in Denmark (54.4–57.9)',
    });
    expect(await inBoth(issue('date.before_harvest', { date: '2026-11-22' }))).toEqual({
      da: 'Skal ligge inden for høstperioden (fra 22. nov. 2026)',
      en: 'Must be within the harvest window (from 22 Nov 2026)',
    });
  });

  it('names categories and units in the page’s language, and lists them as the language does', async () => {
    const unit = issue('unit.not_allowed', { category: { da: 'Mursten', en: 'Bricks' }, units: ['pcs', 'kg', 't'] });
    expect(await inBoth(unit)).toEqual({ da: 'Mursten angives i stk., kg eller t', en: 'Bricks is listed in pcs, kg or t' });
    const categories = [
      { da: 'Mursten (murvaerk-mursten)', en: 'Bricks (murvaerk-mursten)' },
      { da: 'Tegltagsten (tag-tegltagsten)', en: 'Clay roof tiles (tag-tegltagsten)' },
    ];
    expect(await inBoth(issue('category.ewc_ambiguous', { ewcCode: '17 01 02', categories }))).toEqual({
      da: 'EAK-koden 17 01 02 passer til flere kategorier: Mursten (murvaerk-mursten) og Tegltagsten (tag-tegltagsten). Skriv kategoriens navn i stedet',
      en: 'EWC code 17 01 02 fits several categories: Bricks (murvaerk-mursten) and Clay roof tiles (tag-tegltagsten). Write the category’s name instead',
    });
  });

  it('shows the server’s English message, marked as English, for a code it does not know', async () => {
    await i18n.changeLanguage('da');
    expect(importIssueText(issue('something.new', { text: 'x' }, 'Something new is wrong'), i18n, 'da')).toEqual({ text: 'Something new is wrong', lang: 'en' });
    expect(importIssueText(issue('invalid', {}, 'Title is odd'), i18n, 'da')).toEqual({ text: 'Title is odd', lang: 'en' });
    expect(importIssueText(issue('required'), i18n, 'da')).toEqual({ text: 'Skal udfyldes' });
  });

  it('words a whole file’s missing columns in the page’s language, whatever the file’s language', async () => {
    const required = [
      { da: 'Titel', en: 'Title' },
      { da: 'Kategori', en: 'Category' },
      { da: 'Antal', en: 'Quantity' },
      { da: 'Enhed', en: 'Unit' },
      { da: 'Stand', en: 'Condition' },
    ];
    const two = issue('file.columns_missing', { columns: [required[0]!, required[2]!], required }, 'Missing columns: Title, Quantity.');
    expect(await inBoth(two)).toEqual({
      da: 'Filen mangler kolonnerne: Titel og Antal. Overskriftsrækken skal indeholde Titel, Kategori, Antal, Enhed og Stand.',
      en: 'The file is missing the columns: Title and Quantity. The header row must name Title, Category, Quantity, Unit and Condition.',
    });
    const one = issue('file.columns_missing', { columns: [required[3]!], required });
    expect((await inBoth(one)).da).toBe('Filen mangler kolonnen Enhed. Overskriftsrækken skal indeholde Titel, Kategori, Antal, Enhed og Stand.');
    const place = issue('file.place_column_missing', { columns: [{ da: 'Postnummer', en: 'Postcode' }, { da: 'Adresse', en: 'Address' }] });
    expect(await inBoth(place)).toEqual({
      da: 'Filen mangler en kolonne med Postnummer eller Adresse. Hver bygning skal have sit postnummer eller en adresse, der slutter med det.',
      en: 'The file has no Postcode or Address column. Each building needs its postcode, or an address that ends with it.',
    });
  });

  it('writes a whole file’s limits the Danish or English way', async () => {
    expect(await inBoth(issue('file.too_many_rows', { rows: 12_500, max: 10_000 }))).toEqual({
      da: 'Filen har 12.500 rækker, men der kan højst indlæses 10.000 ad gangen. Del den op i flere filer.',
      en: 'The file has 12,500 rows; at most 10,000 can be imported at once. Split it into several files.',
    });
    expect(await inBoth(issue('file.too_large', { maxMb: 10 }))).toEqual({
      da: 'Filen er større end 10 MB. Del den op i flere filer.',
      en: 'The file is larger than 10 MB. Split it into several files.',
    });
  });

  it('names the line where a CSV file could not be read, when the server knows it', async () => {
    expect((await inBoth(issue('file.csv_unreadable', { line: 1204 }))).da).toBe(
      'CSV-filen kunne ikke læses: læsningen stoppede ved linje 1.204. Tjek, at alle anførselstegn er lukket.',
    );
    expect((await inBoth(issue('file.csv_unreadable'))).en).toBe('The CSV file could not be read. Check that every quotation mark is closed.');
  });

  it('reads a whole-file problem from a refused request, and nothing from other failures', () => {
    const refused = new ApiError({
      status: 400,
      code: 'VALIDATION',
      message: 'The file has a header row but no rows of lots below it',
      body: { error: { code: 'VALIDATION', message: 'The file has a header row but no rows of lots below it', reason: 'file.no_data_rows', params: {} } },
    });
    expect(fileProblemOf(refused)).toEqual({ code: 'file.no_data_rows', params: {}, message: 'The file has a header row but no rows of lots below it' });
    const forbidden = new ApiError({ status: 403, code: 'FORBIDDEN', message: 'No', body: { error: { code: 'FORBIDDEN', message: 'No' } } });
    expect(fileProblemOf(forbidden)).toBeNull();
    expect(fileProblemOf(new Error('offline'))).toBeNull();
  });

  it('shows the server’s English message for a whole-file reason it does not know', async () => {
    await i18n.changeLanguage('da');
    expect(importIssueText(issue('file.something_new', { limit: 3 }, 'The file is odd'), i18n, 'da')).toEqual({ text: 'The file is odd', lang: 'en' });
  });

  it('has a text for every whole-file reason the server sends, in both languages', async () => {
    for (const language of ['da', 'en'] as const) {
      await i18n.changeLanguage(language);
      for (const code of importFileProblemCodes) {
        expect(i18n.exists(`importIssues.${code}`, { count: 1 }), `${language}: ${code}`).toBe(true);
      }
    }
  });

  it('has a text for every code the server sends, in both languages', async () => {
    for (const language of ['da', 'en'] as const) {
      await i18n.changeLanguage(language);
      // `invalid` carries a schema message without values to fill in: it is shown as the server wrote it.
      for (const code of importIssueCodes.filter((c) => c !== 'invalid')) {
        expect(i18n.exists(`importIssues.${code}`, { count: 1 }), `${language}: ${code}`).toBe(true);
      }
    }
  });
});
