import type { Meilisearch, SearchResponse as MeiliResponse } from 'meilisearch';
import { priceBands, type SearchHit, type SearchQuery, type SearchResponse } from '@byg360/shared';
import type { Directory } from './directory-repository.ts';
import { facetAttribute, meiliPlan, MEILI_INDEX } from './meili-query.ts';
import type { LotDocument } from './search-documents.ts';

/** Radius of earthdistance's sphere, so that both engines report the same distances. */
const EARTH_RADIUS_M = 6_378_168;

export function greatCircleMetres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function documentToHit(d: LotDocument, near: SearchQuery['near']): SearchHit {
  return {
    id: d.id,
    title: d.title,
    category: d.category,
    condition: d.condition,
    quantityLeft: d.quantityLeft,
    unit: d.unit,
    priceDkk: d.price,
    location: { lat: d._geo.lat, lon: d._geo.lng, postcode: d.postcode, city: d.city, municipalityCode: d.municipalityCode },
    organisation: { name: d.organisationName, kind: d.orgKind },
    coverThumbnailUrl: d.coverThumbnailUrl,
    pickUpBy: d.pickUpBy,
    availableFrom: d.availableFrom,
    publishedAt: d.publishedAt === null ? null : new Date(d.publishedAt).toISOString(),
    distanceKm: near ? Math.round(greatCircleMetres(near, { lat: d._geo.lat, lon: d._geo.lng })) / 1000 : null,
  };
}

const byCountThen = <T extends { count: number }>(key: (x: T) => string) => (a: T, b: T) => b.count - a.count || key(a).localeCompare(key(b));

/** Runs the plan as one multi-search request and shapes the answer like the PostgreSQL engine's. */
export async function searchWithMeili(client: Meilisearch, directory: Directory, query: SearchQuery, indexUid = MEILI_INDEX): Promise<SearchResponse> {
  const plan = meiliPlan(query, indexUid);
  const { results } = await client.multiSearch<{ queries: typeof plan.queries }, LotDocument>({ queries: plan.queries });
  const main = results[0] as MeiliResponse<LotDocument>;
  const distribution = (name: keyof typeof facetAttribute) => (results[plan.facetSource[name]] as MeiliResponse<LotDocument>).facetDistribution?.[facetAttribute[name]] ?? {};

  const category = Object.entries(distribution('category'))
    .flatMap(([slug, count]) => {
      const c = directory.categoriesBySlug.get(slug);
      return c && count > 0 ? [{ id: c.id, slug, parentId: c.parentId, count }] : [];
    })
    .sort(byCountThen((x) => x.slug));
  const condition = (['A', 'B', 'C'] as const).flatMap((value) => {
    const count = distribution('condition')[value] ?? 0;
    return count > 0 ? [{ value, count }] : [];
  });
  const municipality = Object.entries(distribution('municipality'))
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, name: directory.municipalityNames.get(value) ?? value, count }))
    .sort(byCountThen((x) => x.value));
  const bands = distribution('price');
  return {
    hits: main.hits.map((d) => documentToHit(d, query.near)),
    total: main.totalHits ?? main.estimatedTotalHits ?? 0,
    facets: { category, condition, municipality, priceBand: priceBands.map((value) => ({ value, count: bands[value] ?? 0 })) },
    page: query.page,
    pageSize: query.pageSize,
    engine: 'meilisearch',
  };
}
