import { asc } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { materialCategories, municipalities } from '../db/schema/index.ts';

export interface Directory {
  categoriesBySlug: Map<string, { id: string; slug: string; parentId: string | null }>;
  municipalityNames: Map<string, string>;
}

/** Categories and municipalities, to give Meilisearch's facet values (slugs, codes) their ids and names. */
export async function loadDirectory(db: Db): Promise<Directory> {
  const [categories, places] = await Promise.all([
    db.select({ id: materialCategories.id, slug: materialCategories.slug, parentId: materialCategories.parentId }).from(materialCategories).orderBy(asc(materialCategories.slug)),
    db.select({ code: municipalities.code, name: municipalities.name }).from(municipalities),
  ]);
  return {
    categoriesBySlug: new Map(categories.map((c) => [c.slug, c])),
    municipalityNames: new Map(places.map((m) => [m.code, m.name])),
  };
}
