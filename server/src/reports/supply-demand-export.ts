import type { Readable } from 'node:stream';
import { measureDefinitions, reportMeasures, type ReportBreakdown, type ReportLocale, type ReportRow, type SupplyDemandReport } from '@byg360/shared';
import type { Db } from '../db/client.ts';
import { multiplyExact } from '../lib/decimal.ts';
import { keysetPages } from './keyset-pages.ts';
import { LOT_DETAIL_SEPARATOR, lotDetailPage, lotMeasures, type LotDetailRow, type ReportScope } from './supply-demand-repository.ts';
import { buildSupplyDemandReport } from './supply-demand-service.ts';
import { csvStream, xlsxStream, type Column, type Table, type TableCell } from './tabular.ts';

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

/** Lots per query: large enough that each query's fixed cost is small, small enough that the first bytes leave soon and two pages stay a few MB. */
export const LOT_PAGE = 5000;

const LOT_FIELDS = 11;
const LOT_CELLS = LOT_FIELDS + 3 * lotMeasures.length;

/**
 * A page's lots as cells: their fields, then each contribution in the lot's unit, in t (× kg per
 * unit ÷ 1000) and in t CO2e, exactly. One array serves every row (the writers are done with a
 * row before they ask for the next), so that a row leaves no garbage beyond its strings.
 */
function* lotRows(page: LotDetailRow[]): Generator<TableCell[]> {
  const cells: TableCell[] = new Array<TableCell>(LOT_CELLS).fill(null);
  for (const { line } of page) {
    if (line === null) continue;
    const f = line.split(LOT_DETAIL_SEPARATOR);
    for (let i = 0; i < LOT_FIELDS; i++) cells[i] = f[i]!;
    const kgPerUnit = f[LOT_FIELDS + lotMeasures.length] || null;
    const co2ePerUnit = f[LOT_FIELDS + lotMeasures.length + 1]!;
    for (let m = 0, j = LOT_FIELDS; m < lotMeasures.length; m++, j += 3) {
      const q = f[LOT_FIELDS + m]!;
      cells[j] = q;
      cells[j + 1] = multiplyExact(q, kgPerUnit, 3);
      cells[j + 2] = multiplyExact(q, co2ePerUnit, 3);
    }
    yield cells;
  }
}

/** Every lot behind the lot-based measures, fetched page by page as the file is written. */
function lotsTable(db: Db, scope: ReportScope, locale: ReportLocale): Table {
  const da = locale === 'da';
  const columns: Column[] = [
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
  // Keyset pages on PostgreSQL too: one server-side cursor over every lot read them faster (1.0–1.3 s
  // against 1.5–1.9 s for 100,000 lots) but its first page came after a sort of all of them (0.4 s
  // against 0.1 s); end to end the CSV got no faster (29.8k–31.4k rows/s at load 3.5–7, against
  // 33.2k–35.7k at load 5–5.5) and the XLSX's peak RSS rose to 107–109 MB (40–64 MB by keyset pages).
  async function* pages(): AsyncGenerator<Iterable<TableCell[]>> {
    for await (const page of keysetPages((after) => lotDetailPage(db, scope, locale, after, LOT_PAGE), (l) => l.id, LOT_PAGE)) yield lotRows(page);
  }
  return { name: sheetNames.lots[locale], columns, pages: pages() };
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
    const table = breakdown === 'lots' ? lotsTable(db, scope, locale) : breakdownTable(await buildSupplyDemandReport(db, scope), breakdown, locale);
    return { stream: csvStream(table, locale), contentType: 'text/csv; charset=utf-8', filename: filename(scope, 'csv', breakdown) };
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
