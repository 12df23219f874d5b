import { plannedDemolitionImportColumns } from '@byg360/shared';
import { describe, expect, it } from 'vitest';
import { importTemplateCsv, requiredHeaders } from './import-template';

const rows = (csv: string, separator: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(separator));

describe('the planned-demolitions import template', () => {
  it('has the Danish headers the import reads, with semicolons and a byte-order mark', () => {
    const csv = importTemplateCsv('da');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, first] = rows(csv, ';');
    for (const required of requiredHeaders('da')) expect(header).toContain(required);
    expect(header).toHaveLength(8);
    expect(first).toHaveLength(8);
    expect(first).toContain('132,5');
  });

  it('has English headers with commas and decimal points', () => {
    const [header, first] = rows(importTemplateCsv('en'), ',');
    const english = plannedDemolitionImportColumns.map((column) => column.en);
    expect(header!.every((cell) => english.includes(cell as (typeof english)[number]))).toBe(true);
    expect(first).toContain('132.5');
  });

  it('quotes a cell that contains the separator', () => {
    const csv = importTemplateCsv('en');
    expect(csv).toContain('"Storegade 12, 3700 Rønne"');
    expect(importTemplateCsv('da')).toContain('Storegade 12, 3700 Rønne;');
  });
});
