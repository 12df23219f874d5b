import { priceBands, type SearchHit, type SearchQuery, type SearchResponse } from '@byg360/shared';
import type { Db } from '../db/client.ts';
import { trimDecimal } from '../lib/decimal.ts';
import { photoPaths } from '../photos/photo-urls.ts';
import { runSearch, type HitRow, type SearchRows } from './search-repository.ts';
import { planText } from './text-match.ts';

/**
 * How q is matched: full text first; when that finds nothing (a misspelling such as "murstne"),
 * full text again with each word's corrections from the vocabulary ("mursten").
 */
export async function searchRows(db: Db, query: SearchQuery): Promise<SearchRows> {
  const text = await planText(db, query.q);
  const rows = await runSearch(db, query, text.primary);
  if (rows.total > 0 || !text.primary) return rows;
  const fallback = await text.fallback();
  return fallback ? runSearch(db, query, fallback) : rows;
}

const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

export function toHit(r: HitRow): SearchHit {
  return {
    id: r.id,
    title: r.title,
    category: { id: r.categoryId, slug: r.categorySlug, nameDa: r.categoryNameDa, nameEn: r.categoryNameEn },
    condition: r.condition,
    quantityLeft: trimDecimal(r.quantityLeft),
    unit: r.unit,
    priceDkk: trimDecimal(r.priceDkk),
    location: { lat: r.lat, lon: r.lon, postcode: r.postcode, city: r.city, municipalityCode: r.municipalityCode },
    organisation: { name: r.organisationName, kind: r.organisationKind },
    coverThumbnailUrl: r.coverKey ? photoPaths(r.coverKey).thumbnailUrl : null,
    pickUpBy: r.pickUpBy,
    availableFrom: r.availableFrom,
    publishedAt: r.publishedAt ? new Date(r.publishedAt).toISOString() : null,
    distanceKm: r.dist === null ? null : round(r.dist / 1000, 3),
  };
}

export async function searchWithPostgres(db: Db, query: SearchQuery): Promise<SearchResponse> {
  const rows = await searchRows(db, query);
  return {
    hits: rows.hits.map(toHit),
    total: rows.total,
    facets: {
      category: rows.categoryFacet,
      condition: rows.conditionFacet,
      municipality: rows.municipalityFacet,
      priceBand: priceBands.map((value, i) => ({ value, count: rows.priceFacet[i] ?? 0 })),
    },
    page: query.page,
    pageSize: query.pageSize,
    engine: 'postgres',
  };
}
