import { describe, expect, it } from 'vitest';
import { units } from '@byg360/shared';
import { byg360FractionSlugs, categories } from './categories.ts';
import { bornholmTowns, municipalities } from './municipalities.ts';

const regions = ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'];

/** A decimal string that fits numeric(precision, 4): non-negative, at most 4 decimals. */
function checkDecimal(value: string, precision: number): void {
  expect(value).toMatch(/^\d+(\.\d{1,4})?$/);
  const [whole = ''] = value.split('.');
  expect(whole.replace(/^0+(?=\d)/, '').length).toBeLessThanOrEqual(precision - 4);
  expect(Number.isFinite(Number(value))).toBe(true);
}

describe('municipalities', () => {
  it('has the 98 municipalities with unique four-digit codes and names', () => {
    expect(municipalities).toHaveLength(98);
    for (const m of municipalities) expect(m.code).toMatch(/^\d{4}$/);
    expect(new Set(municipalities.map((m) => m.code)).size).toBe(98);
    expect(new Set(municipalities.map((m) => m.name)).size).toBe(98);
  });

  it('assigns each municipality to one of the five regions, with the right number in each', () => {
    const count = (region: string) => municipalities.filter((m) => m.region === region).length;
    for (const m of municipalities) expect(regions).toContain(m.region);
    expect(regions.map(count)).toEqual([29, 17, 22, 19, 11]);
  });

  it('has Bornholm and the partner municipalities with their official codes', () => {
    const byCode = new Map(municipalities.map((m) => [m.code, m]));
    expect(byCode.get('0400')).toMatchObject({ name: 'Bornholm', region: 'Hovedstaden' });
    expect(byCode.get('0101')?.name).toBe('København');
    expect(byCode.get('0223')?.name).toBe('Hørsholm');
    expect(byCode.get('0230')?.name).toBe('Rudersdal');
    expect(byCode.get('0165')?.name).toBe('Albertslund');
    expect(byCode.get('0751')?.name).toBe('Aarhus');
    expect(byCode.has('0411')).toBe(false); // Christiansø is not a municipality
  });
});

describe('Bornholm towns', () => {
  it('lists the towns of REFERENCE.md plus Østerlars, Snogebæk and Vestermarie, all on Bornholm', () => {
    const names = bornholmTowns.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of [
      'Rønne', 'Hasle', 'Klemensker', 'Allinge-Sandvig', 'Tejn', 'Gudhjem', 'Østermarie',
      'Svaneke', 'Nexø', 'Aakirkeby', 'Østerlars', 'Snogebæk', 'Vestermarie',
    ]) {
      expect(names).toContain(name);
    }
    for (const t of bornholmTowns) {
      expect(t.municipalityCode).toBe('0400');
      expect(t.postcode).toMatch(/^37\d{2}$/);
      // Bornholm's bounding box
      expect(t.lat).toBeGreaterThan(54.98);
      expect(t.lat).toBeLessThan(55.31);
      expect(t.lon).toBeGreaterThan(14.67);
      expect(t.lon).toBeLessThan(15.17);
    }
    expect(bornholmTowns.find((t) => t.name === 'Rønne')).toMatchObject({ postcode: '3700', lat: 55.1, lon: 14.7 });
  });
});

describe('categories', () => {
  const bySlug = new Map(categories.map((c) => [c.slug, c]));
  const parents = categories.filter((c) => c.parentSlug === null);
  const children = categories.filter((c) => c.parentSlug !== null);

  it('has unique kebab-case ASCII slugs and a two-level taxonomy of the intended size', () => {
    expect(bySlug.size).toBe(categories.length);
    for (const c of categories) expect(c.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(parents.length).toBeGreaterThanOrEqual(14);
    expect(parents.length).toBeLessThanOrEqual(16);
    expect(children.length).toBeGreaterThanOrEqual(35);
    expect(children.length).toBeLessThanOrEqual(50);
  });

  it('has a parent for every child, and no grandchildren; every parent has children', () => {
    for (const c of children) {
      const parent = bySlug.get(c.parentSlug ?? '');
      expect(parent, `${c.slug} → ${c.parentSlug}`).toBeDefined();
      expect(parent?.parentSlug, `${c.slug}: its parent must be top-level`).toBeNull();
      expect(c.slug.startsWith(`${c.parentSlug}-`)).toBe(true);
    }
    for (const p of parents) expect(children.some((c) => c.parentSlug === p.slug), p.slug).toBe(true);
  });

  it('lists parents before their children, with strictly increasing sortOrder', () => {
    const orders = categories.map((c) => c.sortOrder);
    for (const o of orders) expect(Number.isInteger(o)).toBe(true);
    for (let i = 1; i < orders.length; i++) expect(orders[i]!).toBeGreaterThan(orders[i - 1]!);
    for (const c of children) expect(bySlug.get(c.parentSlug!)!.sortOrder).toBeLessThan(c.sortOrder);
  });

  it('has Danish and English names', () => {
    for (const c of categories) {
      expect(c.nameDa.trim().length, c.slug).toBeGreaterThan(0);
      expect(c.nameEn.trim().length, c.slug).toBeGreaterThan(0);
    }
    expect(new Set(categories.map((c) => c.nameDa)).size).toBe(categories.length);
    expect(bySlug.get('murvaerk')?.nameDa).toBe('Murværk');
  });

  it('has valid units, the default unit among the allowed ones', () => {
    for (const c of categories) {
      expect(units, c.slug).toContain(c.defaultUnit);
      for (const u of c.allowedUnits) expect(units, c.slug).toContain(u);
      expect(new Set(c.allowedUnits).size, c.slug).toBe(c.allowedUnits.length);
      expect(c.allowedUnits, c.slug).toContain(c.defaultUnit);
      // Mass always makes sense for building materials: a lot can be listed by weight.
      expect(c.allowedUnits, c.slug).toContain('kg');
      expect(c.allowedUnits, c.slug).toContain('t');
    }
  });

  it('has EWC chapter-17 codes in the "17 01 02" format', () => {
    for (const c of categories) {
      expect(c.ewcCode, c.slug).not.toBeNull();
      expect(c.ewcCode, c.slug).toMatch(/^17 \d{2} \d{2}\*?$/);
    }
    expect(bySlug.get('murvaerk-mursten')?.ewcCode).toBe('17 01 02');
    expect(bySlug.get('tag-tegltagsten')?.ewcCode).toBe('17 01 03');
    expect(bySlug.get('betonelementer-vaeg')?.ewcCode).toBe('17 01 01');
    expect(bySlug.get('konstruktionstrae-bjaelker')?.ewcCode).toBe('17 02 01');
    expect(bySlug.get('staal-bjaelker')?.ewcCode).toBe('17 04 05');
    expect(bySlug.get('natursten-granit')?.ewcCode).toBe('17 05 04');
    expect(bySlug.get('isolering-mineraluld')?.ewcCode).toBe('17 06 04');
    expect(bySlug.get('plader-gips')?.ewcCode).toBe('17 08 02');
  });

  it('has numeric strings that fit numeric(14,4) and numeric(10,4)', () => {
    for (const c of categories) {
      if (c.kgPerUnit !== null) {
        checkDecimal(c.kgPerUnit, 14);
        expect(Number(c.kgPerUnit), c.slug).toBeGreaterThan(0);
      }
      if (c.co2eKgPerKg !== null) {
        checkDecimal(c.co2eKgPerKg, 10);
        expect(Number(c.co2eKgPerKg), c.slug).toBeGreaterThan(0);
        // Avoided kg CO2e per kg of material: a few kg at most for building materials.
        expect(Number(c.co2eKgPerKg), c.slug).toBeLessThan(5);
      }
    }
  });

  it('gives mass units their exact mass, and plausible masses elsewhere', () => {
    for (const c of categories) {
      if (c.defaultUnit === 'kg') expect(c.kgPerUnit, c.slug).toBe('1.0000');
      if (c.defaultUnit === 't') expect(c.kgPerUnit, c.slug).toBe('1000.0000');
    }
    expect(Number(bySlug.get('murvaerk-mursten')?.kgPerUnit)).toBeGreaterThanOrEqual(1.7);
    expect(Number(bySlug.get('murvaerk-mursten')?.kgPerUnit)).toBeLessThanOrEqual(2.4);
    expect(Number(bySlug.get('tag-tegltagsten')?.kgPerUnit)).toBeGreaterThanOrEqual(40);
    expect(Number(bySlug.get('tag-tegltagsten')?.kgPerUnit)).toBeLessThanOrEqual(60);
    for (const slug of ['konstruktionstrae-bjaelker', 'konstruktionstrae-spaer']) {
      expect(Number(bySlug.get(slug)?.kgPerUnit)).toBeGreaterThanOrEqual(400);
      expect(Number(bySlug.get(slug)?.kgPerUnit)).toBeLessThanOrEqual(430);
    }
  });

  it('keeps scope and source with every factor', () => {
    for (const c of categories) {
      if (c.co2eKgPerKg !== null) {
        expect(c.co2eScope, c.slug).not.toBeNull();
        expect(c.factorSource?.length ?? 0, c.slug).toBeGreaterThan(20);
      } else {
        expect(c.co2eScope, `${c.slug}: no scope without a factor`).toBeNull();
      }
      // A mass per unit that is not a mass unit must say where it comes from.
      if (c.kgPerUnit !== null) expect(c.factorSource, c.slug).not.toBeNull();
      // Every child explains its factors, including why one is missing.
      if (c.parentSlug !== null) expect(c.factorSource?.length ?? 0, c.slug).toBeGreaterThan(20);
    }
  });

  it('converts the REFERENCE.md figures as stated', () => {
    expect(bySlug.get('murvaerk-mursten')?.co2eKgPerKg).toBe('0.2553'); // (258 − 2.7) / 1000
    expect(bySlug.get('murvaerk-hasle-klinker')?.co2eKgPerKg).toBe('0.2683'); // (271 − 2.7) / 1000
    expect(bySlug.get('betonelementer-vaeg')?.co2eKgPerKg).toBe('0.1370'); // 137 / 1000
    expect(bySlug.get('betonelementer-huldaek')?.co2eKgPerKg).toBe('0.1310'); // 131 / 1000
    const tile = bySlug.get('tag-tegltagsten')!;
    expect(Number(tile.co2eKgPerKg)).toBeCloseTo(21 / Number(tile.kgPerUnit), 4);
    const window = bySlug.get('vinduer-trae')!;
    expect(Number(window.co2eKgPerKg)).toBeCloseTo(54 / Number(window.kgPerUnit), 4);
    const steel = Number(bySlug.get('staal-bjaelker')?.co2eKgPerKg);
    expect(steel).toBeGreaterThanOrEqual(0.6); // within the electric-arc range 0.6–0.85 t/t
    expect(steel).toBeLessThanOrEqual(0.85);
  });

  it('has the four Byg360 fractions as child categories with mass and sourced factors', () => {
    expect(byg360FractionSlugs).toHaveLength(4);
    for (const slug of byg360FractionSlugs) {
      const c = bySlug.get(slug);
      expect(c, slug).toBeDefined();
      expect(c?.parentSlug, slug).not.toBeNull();
      expect(c?.kgPerUnit, slug).not.toBeNull();
      expect(c?.factorSource, slug).toMatch(/\S/);
    }
    // Bricks and clinker carry CO2e factors of the order of the case result (~0.18 t CO2e per t).
    for (const slug of ['murvaerk-mursten', 'murvaerk-hasle-klinker']) {
      const c = bySlug.get(slug)!;
      expect(c.co2eScope).toBe('A1-A3');
      expect(Number(c.co2eKgPerKg)).toBeGreaterThan(0.1);
      expect(Number(c.co2eKgPerKg)).toBeLessThan(0.4);
    }
    // REFERENCE.md has no CO2e figure for granite or timber: no invented factor, and the source says so.
    for (const slug of ['natursten-granit', 'gulve-plankegulv']) {
      const c = bySlug.get(slug)!;
      expect(c.co2eKgPerKg).toBeNull();
      expect(c.factorSource).toMatch(/no CO2e figure/);
    }
  });
});
