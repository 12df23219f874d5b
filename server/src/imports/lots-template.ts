import ExcelJS from 'exceljs';
import { importColumns, importMaxRows, type Category, type ImportColumnKey, type ImportLanguage, type Unit } from '@byg360/shared';
import { listCategories } from '../categories/categories-repository.ts';
import type { Db } from '../db/client.ts';

/** How the template writes units, conditions and statuses: words the import reads back. */
const unitWord: Record<ImportLanguage, Record<Unit, string>> = {
  da: { pcs: 'stk', m: 'm', m2: 'm2', m3: 'm3', kg: 'kg', t: 't' },
  en: { pcs: 'pcs', m: 'm', m2: 'm2', m3: 'm3', kg: 'kg', t: 't' },
};
const statusWord: Record<ImportLanguage, [draft: string, published: string]> = { da: ['kladde', 'publiceret'], en: ['draft', 'published'] };

/** Header text per column: the shared names, with the unit of money and dates spelled out where it helps. */
const headerOf = (key: ImportColumnKey, lang: ImportLanguage) => {
  const name = importColumns.find((c) => c.key === key)![lang];
  if (key === 'price') return lang === 'da' ? `${name} (kr. pr. enhed)` : `${name} (DKK per unit)`;
  return name;
};

const notes: Record<ImportColumnKey, Record<ImportLanguage, string>> = {
  title: { da: 'Påkrævet. Kort titel, mindst 3 tegn.', en: 'Required. A short title, at least 3 characters.' },
  category: {
    da: 'Påkrævet. Navn eller slug fra arket Kategorier, eller en EAK-kode som 17 08 02 når kun én kategori har den.',
    en: 'Required. A name or slug from the Categories sheet, or an EWC code such as 17 08 02 when only one category has it.',
  },
  quantity: { da: 'Påkrævet. Tal over 0, højst 3 decimaler; decimalkomma er fint.', en: 'Required. A number above 0 with at most 3 decimals.' },
  unit: { da: 'Påkrævet. stk, m, m2, m3, kg eller t – kategorien bestemmer hvilke.', en: 'Required. pcs, m, m2, m3, kg or t – the category decides which.' },
  condition: { da: 'Påkrævet. A som ny · B brugbar · C kræver istandsættelse.', en: 'Required. A as new · B usable · C needs work.' },
  description: { da: 'Valgfri.', en: 'Optional.' },
  dimensions: { da: 'Valgfri, fx 228 × 108 × 54 mm.', en: 'Optional, e.g. 228 × 108 × 54 mm.' },
  price: { da: 'Valgfri. Kroner pr. enhed; tom eller 0 = gratis.', en: 'Optional. DKK per unit; empty or 0 = free.' },
  availableFrom: { da: 'Valgfri. Dato inden for projektets afhentningsperiode (ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ).', en: 'Optional. A date within the project’s harvest window (YYYY-MM-DD or DD-MM-YYYY).' },
  pickUpBy: { da: 'Valgfri. Dato inden for projektets afhentningsperiode.', en: 'Optional. A date within the project’s harvest window.' },
  testedFree: { da: 'Valgfri. Stoffer partiet er testet fri for: asbest, PCB, bly.', en: 'Optional. Substances the lot was tested free of: asbestos, PCB, lead.' },
  hazardReport: { da: 'Valgfri. Henvisning til miljøkortlægningen.', en: 'Optional. Reference to the hazardous-substance survey.' },
  hazardNote: { da: 'Valgfri. Bemærkninger om farlige stoffer.', en: 'Optional. Notes on hazardous substances.' },
  status: { da: 'Valgfri. kladde (standard) eller publiceret (kræver verificeret organisation).', en: 'Optional. draft (default) or published (needs a verified organisation).' },
};

interface Example {
  title: string;
  category: string;
  quantity: number;
  unit: Unit;
  condition: 'A' | 'B' | 'C';
  description: string;
  dimensions: string;
  price: number;
  testedFree: string;
}

/** Bornholm bricks and roof tiles; dates are left empty as they depend on the project. */
const examples = (lang: ImportLanguage): Example[] =>
  lang === 'da'
    ? [
        { title: 'Gule bornholmske mursten, renset', category: 'Mursten', quantity: 2400, unit: 'pcs', condition: 'B', description: 'Håndrensede blødstrøgne mursten fra gavlen, kalkmørtel. På paller à 400 stk.', dimensions: '228 × 108 × 54 mm', price: 2.5, testedFree: 'PCB' },
        { title: 'Røde vingetegl', category: 'Tegltagsten', quantity: 85.5, unit: 'm2', condition: 'B', description: 'Hele vingetegl fra stuehuset, enkelte med mos.', dimensions: '', price: 45, testedFree: '' },
      ]
    : [
        { title: 'Yellow Bornholm bricks, cleaned', category: 'Bricks', quantity: 2400, unit: 'pcs', condition: 'B', description: 'Hand-cleaned soft-moulded bricks from the gable, lime mortar. On pallets of 400.', dimensions: '228 × 108 × 54 mm', price: 2.5, testedFree: 'PCB' },
        { title: 'Red pantiles', category: 'Clay roof tiles', quantity: 85.5, unit: 'm2', condition: 'B', description: 'Whole pantiles from the farmhouse, some with moss.', dimensions: '', price: 45, testedFree: '' },
      ];

function exampleCells(e: Example, lang: ImportLanguage): Record<ImportColumnKey, string | number | null> {
  return {
    title: e.title,
    category: e.category,
    quantity: e.quantity,
    unit: unitWord[lang][e.unit],
    condition: e.condition,
    description: e.description,
    dimensions: e.dimensions || null,
    price: e.price,
    availableFrom: null,
    pickUpBy: null,
    testedFree: e.testedFree || null,
    hazardReport: null,
    hazardNote: null,
    status: statusWord[lang][0],
  };
}

export interface TemplateFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

export async function lotsTemplate(db: Db, format: 'xlsx' | 'csv', lang: ImportLanguage): Promise<TemplateFile> {
  const name = lang === 'da' ? 'byg360-importskabelon' : 'byg360-import-template';
  if (format === 'csv') return { body: lotsTemplateCsv(lang), contentType: 'text/csv; charset=utf-8', filename: `${name}.csv` };
  return {
    body: await lotsTemplateXlsx(await listCategories(db), lang),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename: `${name}.xlsx`,
  };
}

/** Semicolons, decimal commas (Danish) and a BOM: what Excel with Danish settings opens as columns with æ, ø and å intact. */
export function lotsTemplateCsv(lang: ImportLanguage): Buffer {
  const quote = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const number = (n: number, key: ImportColumnKey) => {
    const text = key === 'price' ? n.toFixed(2) : String(n);
    return lang === 'da' ? text.replace('.', ',') : text;
  };
  const lines = [importColumns.map((c) => headerOf(c.key, lang))];
  for (const e of examples(lang)) {
    const cells = exampleCells(e, lang);
    lines.push(
      importColumns.map((c) => {
        const v = cells[c.key];
        if (v === null) return '';
        if (typeof v === 'number') return number(v, c.key);
        return v;
      }),
    );
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.map((l) => l.map(quote).join(';')).join('\r\n') + '\r\n', 'utf8')]);
}

type ValidatedSheet = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

export async function lotsTemplateXlsx(categories: Category[], lang: ImportLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Byg360';
  const sheet = workbook.addWorksheet(lang === 'da' ? 'Materialer' : 'Lots', { views: [{ state: 'frozen', ySplit: 1 }] });
  const catalogue = workbook.addWorksheet(lang === 'da' ? 'Kategorier' : 'Categories', { views: [{ state: 'frozen', ySplit: 1 }] });

  sheet.columns = importColumns.map((c) => ({
    header: headerOf(c.key, lang),
    key: c.key,
    width: { title: 34, category: 24, description: 44, hazardNote: 30, dimensions: 20 }[c.key as string] ?? 16,
    style:
      c.key === 'price' ? { numFmt: '#,##0.00' } : c.key === 'availableFrom' || c.key === 'pickUpBy' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0E8' } };
  importColumns.forEach((c, i) => {
    header.getCell(i + 1).note = notes[c.key][lang];
  });
  for (const e of examples(lang)) sheet.addRow(exampleCells(e, lang));

  // Slug, Danish name, English name, default unit, allowed units, EWC code (+ the parent, for orientation).
  const byId = new Map(categories.map((c) => [c.id, c]));
  catalogue.columns = [
    { header: 'Slug', key: 'slug', width: 34 },
    { header: lang === 'da' ? 'Navn (dansk)' : 'Danish name', key: 'nameDa', width: 44 },
    { header: lang === 'da' ? 'Navn (engelsk)' : 'English name', key: 'nameEn', width: 44 },
    { header: lang === 'da' ? 'Standardenhed' : 'Default unit', key: 'defaultUnit', width: 14 },
    { header: lang === 'da' ? 'Tilladte enheder' : 'Allowed units', key: 'allowedUnits', width: 20 },
    { header: lang === 'da' ? 'EAK-kode' : 'EWC code', key: 'ewcCode', width: 12 },
    { header: lang === 'da' ? 'Overkategori' : 'Parent', key: 'parent', width: 30 },
  ];
  catalogue.getRow(1).font = { bold: true };
  for (const c of categories) {
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    catalogue.addRow({
      slug: c.slug,
      nameDa: c.nameDa,
      nameEn: c.nameEn,
      defaultUnit: unitWord[lang][c.defaultUnit],
      allowedUnits: c.allowedUnits.map((u) => unitWord[lang][u]).join(', '),
      ewcCode: c.ewcCode,
      parent: parent ? (lang === 'da' ? parent.nameDa : parent.nameEn) : null,
    });
  }

  // Drop-down lists; a warning rather than a refusal, as the import also reads other spellings (kvm, EAK codes, slugs).
  const last = importMaxRows + 1;
  const col = (key: ImportColumnKey) => sheet.getColumn(key).letter;
  const list = (formula: string, prompt: string): ExcelJS.DataValidation => ({
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'warning',
    error: prompt,
  });
  const validations = (sheet as unknown as ValidatedSheet).dataValidations;
  const nameColumn = lang === 'da' ? 'B' : 'C';
  validations.add(`${col('category')}2:${col('category')}${last}`, list(`'${catalogue.name}'!$${nameColumn}$2:$${nameColumn}$${categories.length + 1}`, notes.category[lang]));
  validations.add(`${col('unit')}2:${col('unit')}${last}`, list(`"${Object.values(unitWord[lang]).join(',')}"`, notes.unit[lang]));
  validations.add(`${col('condition')}2:${col('condition')}${last}`, list('"A,B,C"', notes.condition[lang]));
  validations.add(`${col('status')}2:${col('status')}${last}`, list(`"${statusWord[lang].join(',')}"`, notes.status[lang]));

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
