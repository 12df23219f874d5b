import type { BuildingUse, ConstructionType } from '@byg360/shared';

/**
 * Material intensity (kg per m² gross floor area) by building archetype, for estimating what a
 * planned demolition will yield. No Danish rows exist; the central-European archetypes of the
 * Heeren & Fishman database are the proxies (table in shared/data/REFERENCE.md).
 *
 * Columns of the table → our categories:
 * - brick → murvaerk-mursten (Mursten)
 * - stone → natursten-granit: Bornholm's rubble and field-stone masonry is mostly granite
 * - concrete → betonelementer-oevrige (Øvrige betonelementer, m³ at 2,350 kg/m³); the floors are
 *   cast in place, so this is the nearest category, not a claim that they come out as elements
 * - wood → konstruktionstrae-bjaelker (Bjælker): the floor joists and roof timber
 * - steel → staal-oevrigt (kg)
 * - mortar/plaster → left out: it is not a reusable product (it is cleaned off the bricks and
 *   goes to crushing), and no category of the exchange fits it. Each archetype's total below is
 *   therefore the table's total less mortar/plaster.
 *
 * Selection (see planned-demolitions-repository.ts): the archetype whose buildingUses include the
 * building's use and whose constructionTypes include its type; the one whose year range holds the
 * construction year, or else the nearest range (unknown year: the oldest).
 */

export interface IntensitySeed {
  archetype: string;
  buildingUses: BuildingUse[];
  constructionTypes: ConstructionType[];
  yearFrom: number | null;
  yearTo: number | null;
  categorySlug: string;
  kgPerM2: string;
  source: string;
}

const HOUSES: BuildingUse[] = ['single_family', 'farm', 'summer_house', 'other'];

const CITATION =
  'Heeren, N. & Fishman, T. (2019): A database seed for a community-driven material intensity research platform. Scientific Data 6, 23, doi 10.1038/s41597-019-0021-x';

interface Archetype {
  key: string;
  label: string;
  uses: BuildingUse[];
  types: ConstructionType[];
  yearFrom: number | null;
  yearTo: number | null;
  /** kg/m² per table column; absent = "–" in the table. */
  kg: Partial<Record<'brick' | 'stone' | 'concrete' | 'wood' | 'steel' | 'mortar', number>>;
  total: number;
}

const archetypes: Archetype[] = [
  { key: 'sfh-brick-pre1945', label: 'single-family, brick, timber floors, before 1945', uses: HOUSES, types: ['brick'], yearFrom: null, yearTo: 1944, kg: { brick: 2219, wood: 70, mortar: 112 }, total: 2516 },
  { key: 'sfh-half-timbered-pre1900', label: 'single-family, half-timbered with masonry infill, before 1900', uses: HOUSES, types: ['half_timbered'], yearFrom: null, yearTo: 1899, kg: { brick: 2390, wood: 193, mortar: 224 }, total: 3035 },
  { key: 'sfh-rubble-stone-pre1900', label: 'single-family, rubble-stone masonry, before 1900', uses: HOUSES, types: ['rubble_stone'], yearFrom: null, yearTo: 1899, kg: { brick: 84, stone: 1818, wood: 70, mortar: 112 }, total: 2289 },
  { key: 'sfh-brick-concrete-1945-1980', label: 'single-family, brick + concrete floors, 1945–80', uses: HOUSES, types: ['brick', 'brick_concrete'], yearFrom: 1945, yearTo: 1980, kg: { brick: 844, concrete: 1364, wood: 18, steel: 71, mortar: 119 }, total: 2592 },
  { key: 'sfh-timber-frame-post1980', label: 'single-family, timber frame, after 1980', uses: HOUSES, types: ['timber_frame'], yearFrom: 1981, yearTo: null, kg: { concrete: 886, wood: 110, steel: 36, mortar: 102 }, total: 1283 },
  { key: 'mfh-brick-pre1945', label: 'multi-family, brick, before 1945', uses: ['multi_family'], types: ['brick'], yearFrom: null, yearTo: 1944, kg: { brick: 1707, wood: 53, mortar: 111 }, total: 1928 },
];

const categoryOf = {
  brick: { slug: 'murvaerk-mursten', note: 'brick → Mursten' },
  stone: { slug: 'natursten-granit', note: 'stone → Granit (Bornholm rubble and field-stone masonry is mostly granite)' },
  concrete: { slug: 'betonelementer-oevrige', note: 'concrete → Øvrige betonelementer, 2,350 kg/m³ (nearest category; the floors are cast in place)' },
  wood: { slug: 'konstruktionstrae-bjaelker', note: 'wood → Bjælker (floor joists and roof timber)' },
  steel: { slug: 'staal-oevrigt', note: 'steel → Stål, øvrigt (kg)' },
} as const;

export const materialIntensities: IntensitySeed[] = archetypes.flatMap((a) =>
  (Object.keys(categoryOf) as (keyof typeof categoryOf)[])
    .filter((material) => a.kg[material] !== undefined)
    .map((material) => ({
      archetype: a.key,
      buildingUses: a.uses,
      constructionTypes: a.types,
      yearFrom: a.yearFrom,
      yearTo: a.yearTo,
      categorySlug: categoryOf[material].slug,
      kgPerM2: a.kg[material]!.toFixed(2),
      source:
        `${CITATION}, archetype “${a.label}” (central-European proxy: the database has no Danish rows), ${material} ${a.kg[material]} kg per m² gross floor area, as tabulated in shared/data/REFERENCE.md. ` +
        `Mapped ${categoryOf[material].note}. Mortar/plaster (${a.kg.mortar} kg/m²) is not estimated, so the archetype yields ${a.total - a.kg.mortar!} of its ${a.total} kg/m² here.`,
    })),
);
