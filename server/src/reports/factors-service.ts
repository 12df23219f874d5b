import { archetypeLabels, type Category, type MaterialIntensity, type updateCategoryFactorsBodySchema, type updateMaterialIntensityBodySchema } from '@byg360/shared';
import type { z } from 'zod';
import { listCategories } from '../categories/categories-repository.ts';
import type { Db } from '../db/client.ts';
import { invalid, notFound } from '../lib/errors.ts';
import { trimDecimal } from '../lib/decimal.ts';
import { findCategoryRow, findIntensityRow, listIntensityRows, sameNumber, updateCategory, updateIntensity, type IntensityRow } from './factors-repository.ts';

/**
 * The factors the reports are computed with — material intensities (kg/m² per archetype) and the
 * categories' kg per unit and CO2e per kg — are data an administrator edits. A changed factor
 * must name its source, so that every figure stays traceable.
 */

const needsSource = () => invalid('Name the source of the new factor', [{ path: 'source', message: 'Required when a factor changes' }]);

function toIntensity({ intensity: i, category: c }: IntensityRow): MaterialIntensity {
  return {
    id: i.id,
    archetype: i.archetype,
    archetypeLabel: archetypeLabels[i.archetype] ?? null,
    buildingUses: i.buildingUses,
    constructionTypes: i.constructionTypes,
    yearFrom: i.yearFrom,
    yearTo: i.yearTo,
    categoryId: i.categoryId,
    categorySlug: c.slug,
    categoryNameDa: c.nameDa,
    categoryNameEn: c.nameEn,
    kgPerM2: trimDecimal(i.kgPerM2),
    source: i.source,
  };
}

export async function listMaterialIntensities(db: Db): Promise<MaterialIntensity[]> {
  return (await listIntensityRows(db)).map(toIntensity);
}

export async function changeMaterialIntensity(db: Db, id: string, input: z.output<typeof updateMaterialIntensityBodySchema>): Promise<MaterialIntensity> {
  const current = await findIntensityRow(db, id);
  if (!current) throw notFound('Material intensity');
  const changed = input.kgPerM2 !== undefined && !(await sameNumber(db, input.kgPerM2, current.intensity.kgPerM2));
  if (changed && !input.source) throw needsSource();
  const values = { ...(changed ? { kgPerM2: input.kgPerM2 } : {}), ...(input.source ? { source: input.source } : {}) };
  if (Object.keys(values).length > 0) await updateIntensity(db, id, values);
  return toIntensity((await findIntensityRow(db, id))!);
}

export async function changeCategoryFactors(db: Db, id: string, input: z.output<typeof updateCategoryFactorsBodySchema>): Promise<Category> {
  const current = await findCategoryRow(db, id);
  if (!current) throw notFound('Category');
  const changes: Parameters<typeof updateCategory>[2] = {};
  if (input.kgPerUnit !== undefined && !(await sameNumber(db, input.kgPerUnit, current.kgPerUnit))) changes.kgPerUnit = input.kgPerUnit;
  if (input.co2eKgPerKg !== undefined && !(await sameNumber(db, input.co2eKgPerKg, current.co2eKgPerKg))) changes.co2eKgPerKg = input.co2eKgPerKg;
  if (input.co2eScope !== undefined && input.co2eScope !== current.co2eScope) changes.co2eScope = input.co2eScope;
  if (Object.keys(changes).length > 0 && !input.source) throw needsSource();
  if (input.co2eKgPerKg && (changes.co2eScope ?? current.co2eScope) === null) {
    throw invalid('Give the scope of the CO2e factor (A1-A3 or whole-life)', [{ path: 'co2eScope', message: 'Required with a CO2e factor' }]);
  }
  if (input.ewcCode !== undefined) changes.ewcCode = input.ewcCode;
  if (input.source) changes.factorSource = input.source;
  if (Object.keys(changes).length > 0) await updateCategory(db, id, changes);
  return (await listCategories(db)).find((c) => c.id === id)!;
}
