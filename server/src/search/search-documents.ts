import { sql, type SQL } from 'drizzle-orm';
import { priceBandOf, type PriceBand, type SearchHit } from '@byg360/shared';
import type { Db, Tx } from '../db/client.ts';
import { trimDecimal } from '../lib/decimal.ts';
import { photoPaths } from '../photos/photo-urls.ts';
import { dayNumber } from './meili-query.ts';
import { textArray } from './search-sql.ts';

type Conn = Db | Tx;

/** A lot as Meilisearch stores it: what the filters, facets, sorting and hits need. */
export interface LotDocument {
  id: string;
  title: string;
  description: string | null;
  categoryNames: string[];
  categoryIds: string[];
  categorySlugs: string[];
  category: { id: string; slug: string; nameDa: string; nameEn: string };
  topCategorySlug: string;
  condition: 'A' | 'B' | 'C';
  priceDkk: number;
  priceBand: PriceBand;
  price: string;
  quantityLeft: string;
  unit: SearchHit['unit'];
  municipalityCode: string;
  postcode: string;
  city: string | null;
  availableFrom: string | null;
  availableFromDay: number | null;
  pickUpBy: string | null;
  pickUpByDay: number | null;
  screened: boolean;
  orgKind: SearchHit['organisation']['kind'];
  organisationName: string;
  _geo: { lat: number; lng: number };
  /** Milliseconds since 1970, for sorting. */
  publishedAt: number | null;
  coverThumbnailUrl: string | null;
}

interface DocumentRow extends Record<string, unknown> {
  id: string;
  title: string;
  description: string | null;
  category_id: string;
  category_slug: string;
  category_name_da: string;
  category_name_en: string;
  parent_id: string | null;
  parent_slug: string | null;
  parent_name_da: string | null;
  parent_name_en: string | null;
  condition: 'A' | 'B' | 'C';
  price_dkk: string;
  quantity_left: string;
  unit: SearchHit['unit'];
  municipality_code: string;
  postcode: string;
  city: string | null;
  available_from: string | null;
  pick_up_by: string | null;
  screened: boolean;
  org_kind: SearchHit['organisation']['kind'];
  organisation_name: string;
  lat: number;
  lon: number;
  published_at: string | Date | null;
  cover_key: string | null;
}

function documentsQuery(where: SQL, limit?: number) {
  return sql`
    SELECT s.lot_id AS id, l.title, l.description, c.id AS category_id, c.slug AS category_slug, c.name_da AS category_name_da, c.name_en AS category_name_en,
      pc.id AS parent_id, pc.slug AS parent_slug, pc.name_da AS parent_name_da, pc.name_en AS parent_name_en,
      s.condition, s.price_dkk::text AS price_dkk, s.quantity_left::text AS quantity_left, l.unit, s.municipality_code, s.postcode, p.city,
      s.available_from::text AS available_from, s.pick_up_by::text AS pick_up_by, s.screened, s.org_kind, o.name AS organisation_name,
      s.lat, s.lon, s.published_at, ph.storage_key AS cover_key
    FROM lot_search s
    JOIN lots l ON l.id = s.lot_id
    JOIN projects p ON p.id = s.project_id
    JOIN organisations o ON o.id = s.organisation_id
    JOIN material_categories c ON c.id = s.category_id
    LEFT JOIN material_categories pc ON pc.id = c.parent_id
    LEFT JOIN LATERAL (SELECT x.storage_key FROM lot_photos x WHERE x.lot_id = s.lot_id ORDER BY x.is_cover DESC, x.position, x.created_at LIMIT 1) ph ON TRUE
    WHERE ${where}
    ORDER BY s.lot_id
    ${limit ? sql`LIMIT ${limit}` : sql``}`;
}

export function toDocument(r: DocumentRow): LotDocument {
  const price = Number(r.price_dkk);
  const published = r.published_at === null ? null : new Date(r.published_at).getTime();
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    categoryNames: [r.category_name_da, r.category_name_en, r.parent_name_da, r.parent_name_en].filter((n): n is string => n !== null),
    categoryIds: [r.category_id, r.parent_id].filter((n): n is string => n !== null),
    categorySlugs: [r.category_slug, r.parent_slug].filter((n): n is string => n !== null),
    category: { id: r.category_id, slug: r.category_slug, nameDa: r.category_name_da, nameEn: r.category_name_en },
    topCategorySlug: r.parent_slug ?? r.category_slug,
    condition: r.condition,
    priceDkk: price,
    priceBand: priceBandOf(price),
    price: trimDecimal(r.price_dkk),
    quantityLeft: trimDecimal(r.quantity_left),
    unit: r.unit,
    municipalityCode: r.municipality_code,
    postcode: r.postcode,
    city: r.city,
    availableFrom: r.available_from,
    availableFromDay: r.available_from ? dayNumber(r.available_from) : null,
    pickUpBy: r.pick_up_by,
    pickUpByDay: r.pick_up_by ? dayNumber(r.pick_up_by) : null,
    screened: r.screened,
    orgKind: r.org_kind,
    organisationName: r.organisation_name,
    _geo: { lat: r.lat, lng: r.lon },
    publishedAt: published,
    coverThumbnailUrl: r.cover_key ? photoPaths(r.cover_key).thumbnailUrl : null,
  };
}

/** The documents of those of these lots that are searchable; the others must be removed from the index. */
export async function loadDocuments(db: Conn, lotIds: string[]): Promise<LotDocument[]> {
  if (lotIds.length === 0) return [];
  const { rows } = await db.execute<DocumentRow>(documentsQuery(sql`s.lot_id = ANY(${textArray(lotIds)}::uuid[])`));
  return rows.map(toDocument);
}

/** Every searchable lot after `afterId` (keyset paging in lot id order), for a full reindex. */
export async function loadDocumentPage(db: Conn, afterId: string | null, limit: number): Promise<LotDocument[]> {
  const where = afterId ? sql`s.lot_id > ${afterId}::uuid` : sql`TRUE`;
  const { rows } = await db.execute<DocumentRow>(documentsQuery(where, limit));
  return rows.map(toDocument);
}
