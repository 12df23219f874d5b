import { Readable } from 'node:stream';
import { measureDefinitions, reportMeasures, type ReportBreakdown, type ReportLocale, type ReportRow, type SupplyDemandReport } from '@byg360/shared';
import type { Db } from '../db/client.ts';
import { copyCsv, copyStreams, crlfLineEnds } from '../db/copy-csv.ts';
import { lotExportQuery, lotMeasures, lotPageEnd, type LotRange, type ReportScope } from './supply-demand-repository.ts';
import { buildSupplyDemandReport } from './supply-demand-service.ts';
import { csvDialect, csvHeader, csvStream, xlsxStream, type Column, type Table, type TableCell } from './tabular.ts';

/** The supply-demand report as CSV (one breakdown per file) or XLSX (every breakdown, the lots, the factors and their sources). */

type Text = Record<ReportLocale, string>;

const measureLabels: Record<(typeof reportMeasures)[number], Text> = {
  potential: { da: 'Potentielt udbud', en: 'Potential supply' },
  listed: { da: 'Udbudt', en: 'Listed' },
  reserved: { da: 'Reserveret', en: 'Reserved' },
  collected: { da: 'Afhentet', en: 'Collected' },
  reused: { da: 'Genbrugt', en: 'Reused' },
  recycled: { da: 'Genanvendt', en: 'Recycled' },
  disposed: { da: 'Bortskaffet', en: 'Disposed' },
  demand: { da: 'Efterspørgsel', en: 'Demand' },
  unmet: { da: 'Udækket efterspørgsel', en: 'Unmet demand' },
};

const words = {
  level: { da: 'Niveau', en: 'Level' },
  group: { da: 'Hovedkategori', en: 'Group' },
  slug: { da: 'Kategori (kode)', en: 'Category (slug)' },
  name: { da: 'Kategori', en: 'Category' },
  ewc: { da: 'EAK-kode', en: 'EWC code' },
  period: { da: 'Periode', en: 'Period' },
  postcode: { da: 'Postnummer', en: 'Postcode' },
  unit: { da: 'Enhed', en: 'Unit' },
  quantity: { da: 'mængde', en: 'quantity' },
  reuseRate: { da: 'Genbrugsandel', en: 'Reuse rate' },
  lotsListed: { da: 'Partier udbudt', en: 'Lots listed' },
  wantedPosts: { da: 'Efterlysninger', en: 'Wanted posts' },
  withoutMass: { da: 'Poster uden kendt masse', en: 'Items without known mass' },
  levels: { category: { da: 'kategori', en: 'category' }, group: { da: 'hovedkategori', en: 'group' }, total: { da: 'i alt', en: 'total' } },
} as const;

const sheetNames: Record<ReportBreakdown | 'factors' | 'intensities' | 'about', Text> = {
  about: { da: 'Om rapporten', en: 'About' },
  categories: { da: 'Kategorier', en: 'Categories' },
  periods: { da: 'Perioder', en: 'Periods' },
  areas: { da: 'Postnumre', en: 'Postcodes' },
  lots: { da: 'Partier', en: 'Lots' },
  factors: { da: 'Faktorer og kilder', en: 'Factors and sources' },
  intensities: { da: 'Materialeintensiteter', en: 'Material intensities' },
};

function measureColumns(measures: readonly (typeof reportMeasures)[number][], locale: ReportLocale): Column[] {
  return measures.flatMap((m) => [
    { header: `${measureLabels[m][locale]} (${words.quantity[locale]})`, type: 'decimal' as const },
    { header: `${measureLabels[m][locale]} (t)`, type: 'decimal' as const },
    { header: `${measureLabels[m][locale]} (t CO2e)`, type: 'decimal' as const },
  ]);
}

function breakdownTable(report: SupplyDemandReport, breakdown: Exclude<ReportBreakdown, 'lots'>, locale: ReportLocale): Table {
  const rows = { categories: report.byCategory, periods: report.byPeriod, areas: report.byArea }[breakdown];
  const extra: Column[] = breakdown === 'periods' ? [{ header: words.period[locale], type: 'text' }] : breakdown === 'areas' ? [{ header: words.postcode[locale], type: 'text' }] : [];
  const columns: Column[] = [
    ...extra,
    { header: words.level[locale], type: 'text', width: 14 },
    { header: words.group[locale], type: 'text', width: 18 },
    { header: words.slug[locale], type: 'text' },
    { header: words.name[locale], type: 'text', width: 32 },
    { header: words.ewc[locale], type: 'text', width: 11 },
    { header: words.unit[locale], type: 'text', width: 8 },
    ...measureColumns(reportMeasures, locale),
    { header: words.reuseRate[locale], type: 'rate' },
    { header: words.lotsListed[locale], type: 'integer' },
    { header: words.wantedPosts[locale], type: 'integer' },
    { header: words.withoutMass[locale], type: 'integer' },
  ];
  const cells = (r: ReportRow): TableCell[] => [
    ...(breakdown === 'periods' ? [r.period] : breakdown === 'areas' ? [r.postcode] : []),
    words.levels[r.level][locale],
    r.groupSlug,
    r.categorySlug,
    locale === 'da' ? r.nameDa : r.nameEn,
    r.ewcCode,
    r.unit,
    ...reportMeasures.flatMap((m) => [r.measures[m].quantity, r.measures[m].t, r.measures[m].tCo2e]),
    r.reuseRate,
    r.lotsListed,
    r.wantedPosts,
    r.withoutMass,
  ];
  return { name: sheetNames[breakdown][locale], columns, pages: [rows.map(cells)] };
}

/**
 * Lots per page where the lots are read page by page: the XLSX sheet, and CSV on PGlite, whose
 * COPY is not streamed. A page of 5,000 let the XLSX's peak RSS reach 97–112 MB at 100,000 lots
 * (2,000: 35 MB), at no cost in speed beside ExcelJS.
 */
export const LOT_PAGE = 2000;

function lotColumns(locale: ReportLocale): Column[] {
  const da = locale === 'da';
  return [
    { header: da ? 'Parti-id' : 'Lot id', type: 'text', width: 38 },
    { header: da ? 'Titel' : 'Title', type: 'text', width: 32 },
    { header: words.slug[locale], type: 'text' },
    { header: words.name[locale], type: 'text', width: 28 },
    { header: da ? 'Projekt' : 'Project', type: 'text', width: 32 },
    { header: da ? 'Kommunekode' : 'Municipality code', type: 'text', width: 10 },
    { header: words.postcode[locale], type: 'text', width: 10 },
    { header: 'Status', type: 'text', width: 10 },
    { header: words.unit[locale], type: 'text', width: 8 },
    { header: da ? 'Mængde i partiet' : 'Lot quantity', type: 'decimal' },
    { header: da ? 'Publiceret' : 'Published', type: 'date', width: 12 },
    ...measureColumns(lotMeasures, locale),
  ];
}

/** Slices of LOT_PAGE lots by id, each found just before it is read. */
async function* lotRanges(db: Db, scope: ReportScope): AsyncGenerator<LotRange> {
  let after: string | null = null;
  for (;;) {
    const upto = await lotPageEnd(db, scope, after, LOT_PAGE);
    yield { after, upto };
    if (upto === null) return;
    after = upto;
  }
}

/**
 * A page's rows as cells in column order (the query names its fields f0, f1, … in that order).
 * One array serves every row, as the writers are done with a row before they ask for the next.
 */
function* cellsOf(rows: Record<string, string | null>[]): Generator<TableCell[]> {
  const cells: TableCell[] = [];
  for (const row of rows) {
    let i = 0;
    for (const key in row) cells[i++] = row[key]!;
    yield cells;
  }
}

/** Every lot behind the lot-based measures, as typed cells for a sheet, fetched page by page as the file is written. */
function lotsTable(db: Db, scope: ReportScope, locale: ReportLocale): Table {
  async function* pages(): AsyncGenerator<Iterable<TableCell[]>> {
    for await (const range of lotRanges(db, scope)) {
      const { rows } = await db.execute<Record<string, string | null>>(lotExportQuery(scope, locale, 'cells', range));
      yield cellsOf(rows);
    }
  }
  return { name: sheetNames.lots[locale], columns: lotColumns(locale), pages: pages() };
}

/**
 * The lots as CSV, written by the database (COPY): on PostgreSQL one statement whose rows stream
 * to the client as they are produced, on PGlite one statement per page of lots. The server adds
 * the BOM and header and turns line ends into CRLF, and does no other work per row.
 */
async function* lotsCsv(db: Db, scope: ReportScope, locale: ReportLocale): AsyncGenerator<Buffer> {
  yield Buffer.from(csvHeader(lotColumns(locale), locale));
  const lineEnds = crlfLineEnds();
  const ranges = copyStreams(db) ? [null] : lotRanges(db, scope);
  for await (const range of ranges) {
    for await (const chunk of copyCsv(db, lotExportQuery(scope, locale, 'csv', range), csvDialect(locale).delimiter)) yield lineEnds(chunk);
  }
}

function factorsTable(report: SupplyDemandReport, locale: ReportLocale): Table {
  const da = locale === 'da';
  return {
    name: sheetNames.factors[locale],
    columns: [
      { header: words.slug[locale], type: 'text' },
      { header: words.name[locale], type: 'text', width: 32 },
      { header: words.unit[locale], type: 'text', width: 8 },
      { header: da ? 'kg pr. enhed' : 'kg per unit', type: 'decimal' },
      { header: da ? 'kg CO2e pr. kg' : 'kg CO2e per kg', type: 'decimal' },
      { header: da ? 'Omfang' : 'Scope', type: 'text', width: 11 },
      { header: words.ewc[locale], type: 'text', width: 11 },
      { header: da ? 'Kilde' : 'Source', type: 'text', width: 120 },
    ],
    pages: [report.factors.map((f) => [f.slug, da ? f.nameDa : f.nameEn, f.unit, f.kgPerUnit, f.co2eKgPerKg, f.co2eScope, f.ewcCode, f.source])],
  };
}

function intensitiesTable(report: SupplyDemandReport, locale: ReportLocale): Table {
  const da = locale === 'da';
  return {
    name: sheetNames.intensities[locale],
    columns: [
      { header: da ? 'Bygningstype' : 'Archetype', type: 'text', width: 30 },
      { header: words.slug[locale], type: 'text' },
      { header: 'kg/m²', type: 'decimal' },
      { header: da ? 'Kilde' : 'Source', type: 'text', width: 120 },
    ],
    pages: [report.intensities.map((i) => [i.archetype, i.categorySlug, i.kgPerM2, i.source])],
  };
}

function aboutTable(report: SupplyDemandReport, locale: ReportLocale): Table {
  const da = locale === 'da';
  const f = report.filters;
  const rows: TableCell[][] = [
    [da ? 'Rapport' : 'Report', da ? 'Udbud og efterspørgsel af genbrugsmaterialer (Byg360)' : 'Supply and demand of reusable materials (Byg360)'],
    [da ? 'Dannet' : 'Generated', report.generatedAt],
    [da ? 'Periode' : 'Period', `${f.from} – ${f.to} (${f.granularity})`],
    [da ? 'Kommune' : 'Municipality', f.municipality ?? (da ? 'alle' : 'all')],
    [words.postcode[locale], f.postcode ?? (da ? 'alle' : 'all')],
    [words.name[locale], f.category ?? (da ? 'alle' : 'all')],
    [da ? 'Planlagte nedrivninger' : 'Planned demolitions', String(report.plannedDemolitions.count)],
    ...reportMeasures.map((m): TableCell[] => [measureLabels[m][locale], measureDefinitions[m][locale]]),
    [
      da ? 'Summer' : 'Sums',
      da
        ? 'Hovedkategorier er summen af deres kategorier, "i alt" summen af hovedkategorierne; alle tal er eksakte summer. Genbrugsandelen er genbrugt ÷ (genbrugt + genanvendt + bortskaffet) efter masse.'
        : 'Groups are the sum of their categories, totals the sum of the groups; all figures are exact sums. The reuse rate is reused ÷ (reused + recycled + disposed) by mass.',
    ],
  ];
  return { name: sheetNames.about[locale], columns: [{ header: da ? 'Emne' : 'Topic', type: 'text', width: 26 }, { header: da ? 'Værdi' : 'Value', type: 'text', width: 120 }], pages: [rows] };
}

export interface ExportFile {
  stream: Readable;
  contentType: string;
  filename: string;
}

function filename(scope: ReportScope, extension: string, breakdown?: string) {
  const parts = ['byg360-udbud-efterspoergsel', scope.municipalityCode ?? 'alle', scope.postcode, scope.categorySlug, `${scope.from}_${scope.to}`, breakdown];
  return `${parts.filter(Boolean).join('-')}.${extension}`.replace(/[^A-Za-z0-9._-]/g, '_');
}

export async function supplyDemandExport(db: Db, scope: ReportScope, format: 'csv' | 'xlsx', locale: ReportLocale, breakdown: ReportBreakdown): Promise<ExportFile> {
  if (format === 'csv') {
    const stream =
      breakdown === 'lots'
        ? Readable.from(lotsCsv(db, scope, locale), { highWaterMark: 1 })
        : csvStream(breakdownTable(await buildSupplyDemandReport(db, scope), breakdown, locale), locale);
    return { stream, contentType: 'text/csv; charset=utf-8', filename: filename(scope, 'csv', breakdown) };
  }
  const report = await buildSupplyDemandReport(db, scope);
  const tables = [
    aboutTable(report, locale),
    breakdownTable(report, 'categories', locale),
    breakdownTable(report, 'periods', locale),
    breakdownTable(report, 'areas', locale),
    lotsTable(db, scope, locale),
    factorsTable(report, locale),
    intensitiesTable(report, locale),
  ];
  return { stream: xlsxStream(tables), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: filename(scope, 'xlsx') };
}
