import { Readable } from 'node:stream';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import { invalid } from '../lib/errors.ts';
import { keysetPages } from './keyset-pages.ts';
import { lotFeaturePage, type LotFeatureFilter, type LotFeatureRow } from './lots-geojson-repository.ts';
import { categoryIdsOf } from './supply-demand-repository.ts';

const PAGE = 2000;
const num = (value: string | null) => (value === null ? null : Number(value));

/**
 * A GeoJSON Feature (RFC 7946): a Point at the project's location, coordinates in [longitude,
 * latitude] order (WGS 84), and flat properties that GIS tools can show as attribute columns.
 */
function feature(l: LotFeatureRow, publicUrl: string) {
  return {
    type: 'Feature',
    id: l.id,
    geometry: { type: 'Point', coordinates: [l.lon, l.lat] },
    properties: {
      id: l.id,
      title: l.title,
      status: l.status,
      category: l.category_slug,
      categoryNameDa: l.category_name_da,
      categoryNameEn: l.category_name_en,
      ewcCode: l.ewc_code,
      quantity: Number(l.quantity),
      unit: l.unit,
      estimatedKg: num(l.estimated_kg),
      co2eKg: num(l.co2e_kg),
      condition: l.condition,
      priceDkk: Number(l.price_dkk),
      availableFrom: l.available_from,
      pickUpBy: l.pick_up_by,
      publishedAt: l.published_at,
      projectId: l.project_id,
      projectTitle: l.project_title,
      postcode: l.postcode,
      city: l.city,
      municipalityCode: l.municipality_code,
      organisation: l.organisation_name,
      url: `${publicUrl.replace(/\/$/, '')}/lots/${l.id}`,
    },
  };
}

export interface GeojsonQuery {
  municipality?: string | undefined;
  postcode?: string | undefined;
  category?: string | undefined;
  status?: 'draft' | 'published' | 'closed' | undefined;
}

/**
 * The lots the caller may see as a GeoJSON FeatureCollection, written page by page (memory does
 * not grow with the number of lots): everyone gets the public lots; members, planners (their
 * municipality) and administrators also the drafts they may see, as in the lot views.
 */
export async function lotsGeojson(db: Db, actor: Actor | null, query: GeojsonQuery, publicUrl: string): Promise<Readable> {
  const filter: LotFeatureFilter = { municipalityCode: query.municipality, postcode: query.postcode, status: query.status };
  if (query.category) {
    const ids = await categoryIdsOf(db, query.category);
    if (!ids) throw invalid(`Unknown category “${query.category}”`, [{ path: 'category', message: 'Unknown category slug' }]);
    filter.categoryIds = ids;
  }
  async function* chunks(): AsyncGenerator<string> {
    yield '{"type":"FeatureCollection","features":[';
    let first = true;
    for await (const page of keysetPages((after) => lotFeaturePage(db, actor, filter, after, PAGE), (l) => l.id, PAGE)) {
      yield (first ? '' : ',') + page.map((l) => JSON.stringify(feature(l, publicUrl))).join(',');
      first = false;
    }
    yield ']}';
  }
  // One chunk of read-ahead: a page is fetched when the reader has taken the previous one.
  return Readable.from(chunks(), { highWaterMark: 1 });
}
