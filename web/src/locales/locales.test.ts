import { describe, expect, it } from 'vitest';
import { resources } from '../lib/i18n-resources';

const da = resources.da.translation;
const en = resources.en.translation;
const areaFiles = import.meta.glob<{ default: Record<string, unknown> }>(['./da.json', './da/*.json'], { eager: true });

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

  it('keeps every area’s top-level keys to itself', () => {
    const owners = new Map<string, string>();
    for (const [file, catalogue] of Object.entries(areaFiles)) {
      for (const key of Object.keys(catalogue.default)) {
        expect(owners.get(key), `${key} is in ${owners.get(key)} and ${file}`).toBeUndefined();
        owners.set(key, file);
      }
    }
  });

  it('has no empty texts', () => {
    for (const text of [...leaves(da), ...leaves(en)]) {
      expect(typeof text === 'string' && text.trim().length > 0).toBe(true);
    }
  });
});
