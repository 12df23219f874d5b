import { plannedDemolitionImportColumns } from '@byg360/shared';

type Language = 'da' | 'en';

/** The columns the template offers: the ones a planner fills in; the import also reads coordinates and a municipality code. */
const templateKeys = ['address', 'postcode', 'buildingUse', 'constructionType', 'constructionYear', 'floorAreaM2', 'expectedYear', 'note'] as const;

/** Two example rows in the words (or BBR codes) the import understands. */
const examples: Record<Language, string[][]> = {
  da: [
    ['Storegade 12, 3700 Rønne', '3700', 'Enfamiliehus', 'Mursten', '1925', '132,5', '2028', 'Eksempel: slet rækken før import'],
    ['Nørregade 4, 3790 Hasle', '3790', '110', '4', '1860', '118', '2029', 'Eksempel med BBR-koder (110 stuehus, 4 bindingsværk)'],
  ],
  en: [
    ['Storegade 12, 3700 Rønne', '3700', 'Single family house', 'Brick', '1925', '132.5', '2028', 'Example: delete this row before importing'],
    ['Nørregade 4, 3790 Hasle', '3790', '110', '4', '1860', '118', '2029', 'Example with BBR codes (110 farmhouse, 4 half-timbered)'],
  ],
};

const quote = (cell: string, separator: string) =>
  cell.includes(separator) || cell.includes('"') || /[\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

/**
 * A CSV template as spreadsheet programs with the language's settings open it: Danish with
 * semicolons and decimal commas, English with commas; UTF-8 with a byte-order mark for Excel.
 */
export function importTemplateCsv(language: Language): string {
  const separator = language === 'da' ? ';' : ',';
  const headers = templateKeys.map((key) => plannedDemolitionImportColumns.find((column) => column.key === key)![language]);
  const lines = [headers, ...examples[language]].map((cells) => cells.map((cell) => quote(cell, separator)).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const importTemplateFilename = (language: Language) => (language === 'da' ? 'byg360-planlagte-nedrivninger-skabelon.csv' : 'byg360-planned-demolitions-template.csv');

/** Which columns must be there, by the header the template uses. */
export const requiredHeaders = (language: Language) => plannedDemolitionImportColumns.filter((column) => column.required).map((column) => column[language]);
