import type { Category, LearningCase, Unit, learningCaseCategorySchema, learningCaseDetailSchema, learningCaseEwcSchema, learningCaseListResponseSchema } from '@byg360/shared';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { listCategories } from '../categories/categories-repository.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../lib/errors.ts';
import { exactSum, trimDecimal } from '../lib/decimal.ts';
import { learningCaseCategories, learningCaseProjects, type LearningCaseCategoryRow, type LearningCaseFilter, type LearningCaseProjectRow } from './learning-cases-repository.ts';
import { factorOf } from './supply-demand-service.ts';

/**
 * Learning cases: completed demolitions and what became of their materials. Completed projects
 * of verified organisations are public — the experience other municipalities can learn from; the
 * figures are sums of the lots' recorded outcomes, so they contain no personal data.
 */

type Fate = Pick<LearningCase, 'harvestedT' | 'reusedT' | 'recycledT' | 'disposedT' | 'reusedTCo2e' | 'reuseRate' | 'withoutMass'>;
type CategoryRow = z.infer<typeof learningCaseCategorySchema>;
type EwcRow = z.infer<typeof learningCaseEwcSchema>;

/** reused ÷ (reused + recycled + disposed) by mass, 4 decimals; null without any outcome. */
export function reuseRate(reusedT: string, recycledT: string, disposedT: string): string | null {
  const total = Number(exactSum([reusedT, recycledT, disposedT]));
  return total > 0 ? (Number(reusedT) / total).toFixed(4) : null;
}

function fateOf(rows: LearningCaseCategoryRow[]): Fate {
  const sum = (key: 'harvested_t' | 'reused_t' | 'recycled_t' | 'disposed_t' | 'reused_tco2e') => exactSum(rows.map((r) => r[key]));
  const [reusedT, recycledT, disposedT] = [sum('reused_t'), sum('recycled_t'), sum('disposed_t')];
  return {
    harvestedT: sum('harvested_t'),
    reusedT,
    recycledT,
    disposedT,
    reusedTCo2e: sum('reused_tco2e'),
    reuseRate: reuseRate(reusedT, recycledT, disposedT),
    withoutMass: rows.reduce((n, r) => n + r.without_mass, 0),
  };
}

/** Category rows (several projects' rows of one category added up), in taxonomy order. */
function byCategory(rows: LearningCaseCategoryRow[], categories: Map<string, Category>): CategoryRow[] {
  const groups = new Map<string, LearningCaseCategoryRow[]>();
  for (const r of rows) groups.set(r.category_id, [...(groups.get(r.category_id) ?? []), r]);
  return [...groups.entries()]
    .map(([id, group]) => {
      const c = categories.get(id)!;
      const units = new Set(group.flatMap((r) => [r.unit_min, r.unit_max]));
      const unit = units.size === 1 ? ([...units][0] as Unit) : null;
      const q = (key: 'harvested_q' | 'reused_q' | 'recycled_q' | 'disposed_q') => (unit ? exactSum(group.map((r) => r[key])) : null);
      return {
        categoryId: id,
        slug: c.slug,
        nameDa: c.nameDa,
        nameEn: c.nameEn,
        ewcCode: c.ewcCode,
        unit,
        harvestedQuantity: q('harvested_q'),
        reusedQuantity: q('reused_q'),
        recycledQuantity: q('recycled_q'),
        disposedQuantity: q('disposed_q'),
        ...fateOf(group),
        sortOrder: c.sortOrder,
      };
    })
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map(({ sortOrder: _, ...row }) => row);
}

/** By EWC code: what each waste fraction would have been, and how much of it was reused instead. */
function byEwc(rows: LearningCaseCategoryRow[], categories: Map<string, Category>): EwcRow[] {
  const groups = new Map<string | null, LearningCaseCategoryRow[]>();
  for (const r of rows) {
    const code = categories.get(r.category_id)?.ewcCode ?? null;
    groups.set(code, [...(groups.get(code) ?? []), r]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a ?? '~').localeCompare(b ?? '~')).map(([ewcCode, group]) => ({ ewcCode, ...fateOf(group) }));
}

function toLearningCase(p: LearningCaseProjectRow, rows: LearningCaseCategoryRow[]): LearningCase {
  return {
    id: p.id,
    title: p.title,
    address: p.address,
    postcode: p.postcode,
    city: p.city,
    municipalityCode: p.municipality_code,
    organisation: { id: p.organisation_id, name: p.organisation_name },
    buildingUse: p.building_use as LearningCase['buildingUse'],
    constructionYear: p.construction_year,
    floorAreaM2: p.floor_area_m2 === null ? null : trimDecimal(p.floor_area_m2),
    completedAt: p.completed_at,
    ...fateOf(rows),
  };
}

async function load(db: Db, actor: Actor | null, filter: LearningCaseFilter) {
  const [projects, rows, categoryList] = await Promise.all([learningCaseProjects(db, actor, filter), learningCaseCategories(db, actor, filter), listCategories(db)]);
  const categories = new Map(categoryList.map((c) => [c.id, c]));
  const used = new Set(rows.map((r) => r.category_id));
  return { projects, rows, categories, factors: categoryList.filter((c) => used.has(c.id)).map(factorOf) };
}

export async function listLearningCases(db: Db, actor: Actor | null, query: { municipality?: string | undefined }): Promise<z.infer<typeof learningCaseListResponseSchema>> {
  const { projects, rows, categories, factors } = await load(db, actor, { municipalityCode: query.municipality });
  return {
    municipality: query.municipality ?? null,
    projects: projects.map((p) => toLearningCase(p, rows.filter((r) => r.project_id === p.id))),
    summary: { projects: projects.length, ...fateOf(rows), byEwc: byEwc(rows, categories), byCategory: byCategory(rows, categories) },
    factors,
  };
}

export async function getLearningCase(db: Db, actor: Actor | null, projectId: string): Promise<z.infer<typeof learningCaseDetailSchema>> {
  const { projects, rows, categories, factors } = await load(db, actor, { projectId });
  const project = projects[0];
  if (!project) throw notFound('Learning case');
  return { project: toLearningCase(project, rows), byCategory: byCategory(rows, categories), byEwc: byEwc(rows, categories), factors };
}
