import type { Category } from '@byg360/shared';
import { describe, expect, it } from 'vitest';
import { categoryTree, priceChoiceCounts, priceChoiceOf, priceFilterOf, toggleCategory } from './facets';

let n = 0;
const category = (slug: string, parent: Category | null, sortOrder: number): Category => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  slug,
  parentId: parent?.id ?? null,
  nameDa: slug,
  nameEn: slug,
  defaultUnit: 'pcs',
  allowedUnits: ['pcs'],
  kgPerUnit: null,
  co2eKgPerKg: null,
  co2eScope: null,
  factorSource: null,
  ewcCode: null,
  sortOrder,
});

const brickwork = category('murvaerk', null, 10);
const bricks = category('murvaerk-mursten', brickwork, 1);
const clinker = category('murvaerk-hasle-klinker', brickwork, 2);
const roof = category('tag', null, 20);
const tiles = category('tag-tegltagsten', roof, 1);
const categories = [roof, tiles, clinker, bricks, brickwork];
const facet = (counts: Record<string, number>) =>
  Object.entries(counts).map(([slug, count]) => {
    const c = categories.find((x) => x.slug === slug)!;
    return { id: c.id, slug, parentId: c.parentId, count };
  });

describe('facets', () => {
  it('builds the category tree in the taxonomy’s order, without categories that have no lots', () => {
    const tree = categoryTree(categories, facet({ murvaerk: 3, 'murvaerk-mursten': 3 }), [], 'da');
    expect(tree.map((node) => [node.slug, node.count, node.children.map((c) => c.slug)])).toEqual([['murvaerk', 3, ['murvaerk-mursten']]]);
  });

  it('keeps a chosen category without lots so that it can be un-chosen, and marks children of a chosen parent', () => {
    const tree = categoryTree(categories, facet({ murvaerk: 3, 'murvaerk-mursten': 3 }), ['tag-tegltagsten', 'murvaerk'], 'da');
    expect(tree.map((node) => node.slug)).toEqual(['murvaerk', 'tag']);
    expect(tree[0]!.selected).toBe(true);
    expect(tree[0]!.children[0]!.implied).toBe(true);
    expect(tree[1]!.children[0]).toMatchObject({ slug: 'tag-tegltagsten', selected: true, count: 0 });
  });

  it('replaces chosen children when their parent is chosen', () => {
    expect(toggleCategory(categories, ['murvaerk-mursten', 'tag'], 'murvaerk')).toEqual(['tag', 'murvaerk']);
    expect(toggleCategory(categories, ['murvaerk', 'tag'], 'murvaerk')).toEqual(['tag']);
  });

  it('adds the price bands up to "at most" counts, since the facet ignores the price filter', () => {
    const bands = [
      { value: 'free' as const, count: 1 },
      { value: '1-100' as const, count: 3 },
      { value: '100-1000' as const, count: 1 },
      { value: '1000+' as const, count: 2 },
    ];
    expect(priceChoiceCounts(bands)).toEqual({ any: 7, free: 1, max100: 4, max1000: 5 });
    expect(priceChoiceOf(false, 100)).toBe('max100');
    expect(priceChoiceOf(false, 250)).toBe('custom');
    expect(priceFilterOf('free')).toEqual({ free: true, maxPrice: null });
    expect(priceFilterOf('max1000')).toEqual({ free: false, maxPrice: 1000 });
  });
});
