import { describe, expect, it } from 'vitest';
import da from './da.json';
import en from './en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): unknown[] {
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [value];
}

describe('translations', () => {
  it('has the same keys in Danish and English', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });

  it('has no empty texts', () => {
    for (const text of [...leaves(da), ...leaves(en)]) {
      expect(typeof text === 'string' && text.trim().length > 0).toBe(true);
    }
  });
});
