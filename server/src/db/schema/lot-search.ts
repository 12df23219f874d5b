import { boolean, customType, date, doublePrecision, index, numeric, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { condition, lots } from './lots.ts';
import { organisationKind } from './organisations.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
/** earthdistance's point on the globe (a cube), for radius filters with a GiST index. */
const earth = customType<{ data: string }>({ dataType: () => 'earth' });

/**
 * One row per lot that the public search may show (published, of a verified organisation,
 * something left, not deleted), with everything the filters, facets and ranking need in one
 * table. Maintained by triggers on lots, projects, organisations and categories (see the
 * migration), so that every write path — forms, import, reservations, moves — keeps it right.
 */
export const lotSearch = pgTable(
  'lot_search',
  {
    lotId: uuid('lot_id')
      .primaryKey()
      .references(() => lots.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    categoryId: uuid('category_id').notNull(),
    /** The parent category, or the category itself when it is a top-level one. */
    topCategoryId: uuid('top_category_id').notNull(),
    title: text('title').notNull(),
    /** Title and category names, lower case: its words fill search_words, which misspellings are corrected against. */
    searchText: text('search_text').notNull(),
    /** Danish full-text vector: title (A) over category names (B) over description (C). */
    tsv: tsvector('tsv').notNull(),
    condition: condition('condition').notNull(),
    priceDkk: numeric('price_dkk', { precision: 12, scale: 2 }).notNull(),
    /** Index into shared `priceBands` (0 free, 1 up to 100, 2 up to 1000, 3 above), for the price facet. */
    priceBand: smallint('price_band').notNull(),
    quantityLeft: numeric('quantity_left', { precision: 14, scale: 3 }).notNull(),
    municipalityCode: text('municipality_code').notNull(),
    postcode: text('postcode').notNull(),
    availableFrom: date('available_from'),
    pickUpBy: date('pick_up_by'),
    screened: boolean('screened').notNull(),
    orgKind: organisationKind('org_kind').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    geo: earth('geo').notNull(),
    /** Web Mercator x and y in 0…1, for the map's grid clusters. */
    mercX: doublePrecision('merc_x').notNull(),
    mercY: doublePrecision('merc_y').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  // Bounding boxes use lot_search_bbox_idx, a btree on (lon, lat) that also holds the facet and
  // map columns (INCLUDE, written in the migration: drizzle cannot express it), so that a map view
  // is counted from the index alone. A btree rather than a GiST point index because the planner
  // estimates ranges of lon and lat from their statistics, where it guesses for a box.
  (t) => [
    index('lot_search_tsv_idx').using('gin', t.tsv),
    index('lot_search_geo_idx').using('gist', t.geo),
    index('lot_search_category_idx').on(t.categoryId),
    index('lot_search_municipality_idx').on(t.municipalityCode),
    index('lot_search_published_idx').on(t.publishedAt.desc().nullsLast(), t.lotId),
    index('lot_search_pick_up_by_idx').on(t.pickUpBy.asc().nullsLast(), t.lotId),
  ],
);
