import type { Unit } from '@byg360/shared';

export interface MunicipalitySeed {
  /** Four-digit code with leading zero, e.g. "0400". */
  code: string;
  name: string;
  region: 'Hovedstaden' | 'Sjælland' | 'Syddanmark' | 'Midtjylland' | 'Nordjylland';
}

export interface TownSeed {
  name: string;
  postcode: string;
  municipalityCode: string;
  lat: number;
  lon: number;
}

export interface CategorySeed {
  slug: string;
  parentSlug: string | null;
  nameDa: string;
  nameEn: string;
  defaultUnit: Unit;
  allowedUnits: Unit[];
  /** kg per default unit, decimal string (exact); null where no meaningful single value exists. */
  kgPerUnit: string | null;
  /** kg CO2e avoided per kg reused instead of new, decimal string. */
  co2eKgPerKg: string | null;
  co2eScope: 'A1-A3' | 'whole-life' | null;
  /** Sources of kgPerUnit and co2eKgPerKg (URL or publication), and any conversion made. */
  factorSource: string | null;
  /** EU List of Waste chapter 17 code the material becomes if not reused, e.g. "17 01 02". */
  ewcCode: string | null;
  sortOrder: number;
}
