import type { Category } from '@byg360/shared';
import { describe, expect, it } from 'vitest';
import { categories as seedCategories } from '../../src/db/seed/categories.ts';
import { categoryMatcher } from '../../src/imports/category-matcher.ts';
import { parseCondition, parseDate, parseDecimal, parseStatus, parseTestedFree, parseUnit } from '../../src/imports/cell-values.ts';
import { findHeaderRow, mapColumns } from '../../src/imports/columns.ts';
import { decodeText, detectDelimiter, plainValue } from '../../src/imports/read-spreadsheet.ts';

const value = <T>(p: { ok: true; value: T } | { ok: false; message: string }) => (p.ok ? p.value : `ERROR: ${p.message}`);

describe('numbers', () => {
  it.each([
    ['12,5', true, '12.5'],
    ['1.250,00', true, '1250.00'],
    ['1.250,00 kr.', true, '1250.00'],
    ['kr. 45', true, '45'],
    ['250,-', true, '250'],
    ['1 250,5', true, '1250.5'],
    ['1.250', true, '1250'],
    ['1.250', false, '1.250'],
    ['1,250.50', false, '1250.50'],
    ['1.000.000', false, '1000000'],
    ['12.5', true, '12.5'],
    ['.5', false, '0.5'],
    ['45 DKK', false, '45'],
    ['-3', true, '-3'],
  ])('reads %j (Danish file: %s) as %s', (text, danish, expected) => {
    expect(value(parseDecimal(text, danish))).toBe(expected);
  });

  it('takes number cells as they are, without float noise', () => {
    expect(value(parseDecimal(12.5, true))).toBe('12.5');
    expect(value(parseDecimal(0.1 + 0.2, true))).toBe('0.3');
    expect(value(parseDecimal(null, true))).toBeNull();
  });

  it.each(['abc', '12,5,3', '1.2.3', '12 m2', '1,25,0'])('refuses %j', (text) => {
    expect(parseDecimal(text, true).ok).toBe(false);
  });
});

describe('dates', () => {
  it.each([
    ['2026-03-01', '2026-03-01'],
    ['1-3-2026', '2026-03-01'],
    ['01.03.2026', '2026-03-01'],
    ['01/03/2026', '2026-03-01'],
    ['2026-03-01T00:00:00', '2026-03-01'],
  ])('reads %j as %s', (text, expected) => {
    expect(value(parseDate(text))).toBe(expected);
  });

  it('takes the calendar date of a date cell', () => {
    expect(value(parseDate(new Date(Date.UTC(2026, 2, 1))))).toBe('2026-03-01');
  });

  it.each(['31-02-2026', '2026/13/01', 'next week', '03-01-26'])('refuses %j', (text) => {
    expect(parseDate(text).ok).toBe(false);
  });
});

describe('units, conditions, statuses and substances', () => {
  it.each([
    ['stk', 'pcs'], ['Stk.', 'pcs'], ['styk', 'pcs'], ['pcs', 'pcs'],
    ['m', 'm'], ['lbm', 'm'],
    ['m2', 'm2'], ['m²', 'm2'], ['kvm', 'm2'], ['M2', 'm2'],
    ['m3', 'm3'], ['m³', 'm3'],
    ['kg', 'kg'], ['t', 't'], ['ton', 't'], ['tons', 't'],
  ])('reads the unit %j as %s', (text, unit) => {
    expect(value(parseUnit(text))).toBe(unit);
  });

  it('refuses an unknown unit', () => {
    expect(parseUnit('liter').ok).toBe(false);
  });

  it('reads conditions A, B, C, also with a remark, and refuses D', () => {
    expect(['a', 'B', 'C – kræver istandsættelse', 'B (usable)'].map((c) => value(parseCondition(c)))).toEqual(['A', 'B', 'C', 'B']);
    expect(parseCondition('D').ok).toBe(false);
    expect(parseCondition('Bedste').ok).toBe(false);
  });

  it('reads statuses in Danish and English, draft by default', () => {
    expect(['publiceret', 'Published', 'kladde', null].map((s) => value(parseStatus(s)))).toEqual(['published', 'published', 'draft', 'draft']);
    expect(parseStatus('solgt').ok).toBe(false);
  });

  it('reads the substances a lot was tested free of', () => {
    expect(value(parseTestedFree('PCB, bly og asbest'))).toEqual(['pcb', 'lead', 'asbestos']);
    expect(value(parseTestedFree('ingen'))).toEqual([]);
    expect(parseTestedFree('kviksølv').ok).toBe(false);
  });
});

describe('headers', () => {
  it('maps Danish headers whatever their case, spacing and letters', () => {
    const map = mapColumns(['TITEL', 'kategori', 'Maengde', ' Enhed ', 'Tilstand', 'Pris (kr. pr. enhed)', 'Tilgaengelig fra', 'afhentes  senest', 'Miljø/farlige stoffer', 'Leverandør']);
    expect([...map.byKey.keys()]).toEqual(['title', 'category', 'quantity', 'unit', 'condition', 'price', 'availableFrom', 'pickUpBy', 'hazardNote']);
    expect(map.language).toBe('da');
    expect(map.headers.at(-1)).toEqual({ index: 9, header: 'Leverandør', key: null });
  });

  it('maps English headers and recognises the language', () => {
    const map = mapColumns(['Title', 'Category', 'Qty', 'Unit', 'Condition grade', 'Price (DKK per unit)', 'Available-from', 'pickUpBy', 'Status']);
    expect(map.byKey.size).toBe(9);
    expect(map.language).toBe('en');
  });

  it('ignores a second column for the same field', () => {
    const map = mapColumns(['Titel', 'Betegnelse']);
    expect(map.headers[1]).toMatchObject({ key: null, duplicateOf: 'Titel' });
  });

  it('finds the header row below a title line', () => {
    const found = findHeaderRow([
      { number: 1, cells: ['Ressourcekortlægning, Skolevej 4'] },
      { number: 3, cells: ['Titel', 'Kategori', 'Antal', 'Enhed', 'Stand'] },
    ]);
    expect(found?.at).toBe(1);
  });
});

describe('file reading', () => {
  it('detects the delimiter from the header line, not from decimal commas below it', () => {
    expect(detectDelimiter('Titel;Kategori;Antal\n"a";b;12,5\n')).toBe(';');
    expect(detectDelimiter('Title,Category,Quantity\n')).toBe(',');
    expect(detectDelimiter('Title\tCategory\n')).toBe('\t');
    expect(detectDelimiter('"Titel; med semikolon",Kategori\n')).toBe(',');
  });

  it('strips a BOM and refuses Windows-1252 text', () => {
    expect(decodeText(Buffer.from('\uFEFFTitel', 'utf8'))).toBe('Titel');
    expect(() => decodeText(Buffer.from('Røde tagsten', 'latin1'))).toThrow(/CSV UTF-8/);
  });

  it('reads formula results, rich text and hyperlinks as plain values', () => {
    expect(plainValue({ formula: '2*3', result: 6 })).toBe(6);
    expect(plainValue({ richText: [{ text: 'Gule ' }, { text: 'mursten', font: { bold: true } }] })).toBe('Gule mursten');
    expect(plainValue({ text: 'Rapport', hyperlink: 'https://example.dk' })).toBe('Rapport');
    expect(plainValue({ error: '#N/A' })).toBe('#N/A');
  });
});

describe('categories', () => {
  const categories: Category[] = seedCategories.map((c) => ({
    id: c.slug,
    slug: c.slug,
    parentId: c.parentSlug,
    nameDa: c.nameDa,
    nameEn: c.nameEn,
    defaultUnit: c.defaultUnit,
    allowedUnits: c.allowedUnits,
    kgPerUnit: c.kgPerUnit,
    co2eKgPerKg: c.co2eKgPerKg,
    co2eScope: c.co2eScope,
    factorSource: c.factorSource,
    ewcCode: c.ewcCode,
    sortOrder: c.sortOrder,
  }));
  const match = categoryMatcher(categories, 'da');
  const slugOf = (text: string) => {
    const r = match(text);
    return r.ok ? r.value.slug : `ERROR: ${r.message}`;
  };

  it('finds categories by slug, Danish or English name, path, and without the remark in brackets', () => {
    expect(slugOf('murvaerk-mursten')).toBe('murvaerk-mursten');
    expect(slugOf('MURSTEN')).toBe('murvaerk-mursten');
    expect(slugOf('Clay roof tiles')).toBe('tag-tegltagsten');
    expect(slugOf('Murværk › Mursten')).toBe('murvaerk-mursten');
    expect(slugOf('Granit')).toBe('natursten-granit');
    expect(slugOf('Doere')).toBe('doere');
    expect(slugOf('Køkkenelementer')).toBe('koekken-elementer');
  });

  it('finds a category by an EWC code only one second-level category has', () => {
    expect(slugOf('17 08 02')).toBe('plader-gips');
    expect(slugOf('170802')).toBe('plader-gips');
  });

  it('refuses an EWC code several categories share, naming them', () => {
    const r = match('17 01 02');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/Mursten \(murvaerk-mursten\).*Hasle klinker/);
  });

  it('refuses an unknown name or code', () => {
    expect(match('Unobtainium').ok).toBe(false);
    expect(match('17 99 99').ok).toBe(false);
  });
});
