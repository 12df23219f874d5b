import { importColumns, type ImportColumnKey, type ImportLanguage, type LocalizedText } from '@byg360/shared';
import { isEmptyCell, type Cell, type SheetRow } from './read-spreadsheet.ts';

/**
 * The two ways a Danish word is written without its letters: "Mængde", "Maengde"; "Miljø",
 * "Miljoe", "Miljo"; "Mål", "Maal", "Mal". Case, spaces, punctuation and other accents do not count.
 */
export function foldings(text: string): string[] {
  const base = text.normalize('NFKC').toLowerCase();
  const strip = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '');
  const transliterated = strip(base.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa'));
  const plain = strip(base.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a'));
  return transliterated === plain ? [transliterated] : [transliterated, plain];
}

/** The key a header or a name is looked up by; remarks in brackets ("Pris (kr. pr. enhed)") and marks like "*" are dropped. */
export const fold = (text: string) => foldings(withoutRemarks(text))[0]!;
export const withoutRemarks = (text: string) => text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim();

/** Header synonyms per column and language; a synonym shared by both languages ("status") says nothing about the language. */
const synonyms: Record<ImportColumnKey, { da: string[]; en: string[] }> = {
  title: { da: ['titel', 'betegnelse', 'navn', 'overskrift'], en: ['title', 'name', 'designation'] },
  category: {
    da: ['kategori', 'materialekategori', 'materialetype', 'eak kode', 'eak', 'affaldskode'],
    en: ['category', 'material category', 'material type', 'category slug', 'ewc code', 'ewc', 'waste code'],
  },
  quantity: { da: ['antal', 'mængde', 'maengde'], en: ['quantity', 'qty', 'amount'] },
  unit: { da: ['enhed', 'enh'], en: ['unit', 'units', 'uom'] },
  condition: { da: ['stand', 'tilstand', 'standklasse', 'kvalitet'], en: ['condition', 'condition grade', 'grade'] },
  description: { da: ['beskrivelse', 'bemærkninger', 'bemærkning', 'kommentar'], en: ['description', 'notes', 'comments', 'comment'] },
  dimensions: { da: ['dimensioner', 'dimension', 'mål', 'størrelse'], en: ['dimensions', 'size'] },
  price: {
    da: ['pris', 'enhedspris', 'pris pr enhed', 'pris per enhed', 'pris pr stk', 'pris dkk', 'pris kr'],
    en: ['price', 'unit price', 'price per unit', 'price dkk', 'price dkk per unit'],
  },
  availableFrom: { da: ['tilgængelig fra', 'tilgaengelig fra', 'kan afhentes fra', 'afhentes fra', 'ledig fra', 'fra dato'], en: ['available from', 'available', 'from date'] },
  pickUpBy: {
    da: ['afhentes senest', 'afhentning senest', 'senest afhentning', 'sidste afhentning', 'afhentes inden', 'tilgængelig til'],
    en: ['pick up by', 'pickup by', 'collect by', 'pick up before', 'available until'],
  },
  testedFree: { da: ['testet fri for', 'testet fri', 'fri for', 'testet for'], en: ['tested free of', 'tested free', 'free of'] },
  hazardReport: {
    da: ['miljørapport', 'rapport', 'screeningsrapport', 'kortlægningsrapport', 'miljøkortlægning'],
    en: ['hazard report', 'report', 'screening report', 'report reference', 'survey report'],
  },
  hazardNote: {
    da: ['miljø/farlige stoffer', 'miljø', 'miljønote', 'farlige stoffer', 'miljø farlige stoffer', 'note om farlige stoffer', 'miljøforhold', 'miljøbemærkning'],
    en: ['hazard note', 'hazard', 'hazards', 'hazardous substances', 'hazard notes', 'environment'],
  },
  status: { da: ['status', 'publicering'], en: ['status', 'publish'] },
};

/** The columns a kind of spreadsheet may have, with the template's header per language, and the header synonyms read as each. */
export interface ColumnSpec<K extends string> {
  columns: readonly { key: K; da: string; en: string }[];
  synonyms: Record<K, { da: string[]; en: string[] }>;
}

export interface MappedColumn {
  index: number;
  /** As written in the file. */
  header: string;
}

export interface ColumnMap<K extends string = ImportColumnKey> {
  byKey: Map<K, MappedColumn>;
  /** Every non-empty header, and what it was read as (null: ignored). */
  headers: { index: number; header: string; key: K | null; duplicateOf?: string }[];
  language: ImportLanguage;
}

export interface HeaderReader<K extends string> {
  mapColumns(cells: Cell[]): ColumnMap<K>;
  /**
   * The header row: the first of the leading rows that names at least three known columns, so a title
   * line or two above the table does no harm. Falls back to the first row.
   */
  findHeaderRow(rows: SheetRow[]): { at: number; columns: ColumnMap<K> } | null;
  /** The name a column goes by in the file's language, for columns the file does not have. */
  columnName(key: K, language: ImportLanguage): string;
  /** The names of columns in both languages, for problems that clients word in theirs. */
  columnNames(keys: readonly K[]): LocalizedText[];
}

const headerText = (cell: Cell | undefined) => (isEmptyCell(cell) ? '' : String(cell).replace(/\s+/g, ' ').trim());

/** Reads the header row of one kind of spreadsheet (lots, planned demolitions…) in Danish or English. */
export function headerReader<K extends string>(spec: ColumnSpec<K>): HeaderReader<K> {
  const lookup = new Map<string, { key: K; language: ImportLanguage | null }>();
  for (const column of spec.columns) {
    const { da, en } = spec.synonyms[column.key];
    for (const [language, words] of [['da', da], ['en', en]] as const) {
      for (const word of words) {
        const shared = da.some((d) => fold(d) === fold(word)) && en.some((e) => fold(e) === fold(word));
        for (const f of foldings(word)) lookup.set(f, { key: column.key, language: shared ? null : language });
      }
    }
    // The API's own field names ("availableFrom") are understood too, without saying anything about the language.
    for (const f of foldings(column.key)) if (!lookup.has(f)) lookup.set(f, { key: column.key, language: null });
  }

  function findColumn(header: string) {
    const cleaned = withoutRemarks(header).replace(/[*:]+$/, '');
    for (const f of foldings(cleaned)) {
      const hit = lookup.get(f);
      if (hit) return hit;
    }
    return undefined;
  }

  function mapColumns(cells: Cell[]): ColumnMap<K> {
    const byKey = new Map<K, MappedColumn>();
    const headers: ColumnMap<K>['headers'] = [];
    const votes = { da: 0, en: 0 };
    cells.forEach((cell, index) => {
      const header = headerText(cell);
      if (!header) return;
      const hit = findColumn(header);
      if (!hit) {
        headers.push({ index, header, key: null });
      } else if (byKey.has(hit.key)) {
        headers.push({ index, header, key: null, duplicateOf: byKey.get(hit.key)!.header });
      } else {
        byKey.set(hit.key, { index, header });
        headers.push({ index, header, key: hit.key });
        if (hit.language) votes[hit.language]++;
      }
    });
    return { byKey, headers, language: votes.en > votes.da ? 'en' : 'da' };
  }

  function findHeaderRow(rows: SheetRow[]): { at: number; columns: ColumnMap<K> } | null {
    for (let at = 0; at < Math.min(rows.length, 20); at++) {
      const columns = mapColumns(rows[at]!.cells);
      if (columns.byKey.size >= 3) return { at, columns };
    }
    return rows.length ? { at: 0, columns: mapColumns(rows[0]!.cells) } : null;
  }

  const columnName = (key: K, language: ImportLanguage) => spec.columns.find((c) => c.key === key)![language];

  const columnNames = (keys: readonly K[]) => keys.map((key) => ({ da: columnName(key, 'da'), en: columnName(key, 'en') }));

  return { mapColumns, findHeaderRow, columnName, columnNames };
}

export const lotHeaders = headerReader<ImportColumnKey>({ columns: importColumns, synonyms });

/** The inventory (lots) spreadsheet's headers. */
export const mapColumns = lotHeaders.mapColumns;
export const findHeaderRow = lotHeaders.findHeaderRow;
export const columnName = lotHeaders.columnName;
