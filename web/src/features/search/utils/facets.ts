import type { Category, PriceBand, SearchFacets } from '@byg360/shared';

export type Language = 'da' | 'en';

export const categoryName = (category: Pick<Category, 'nameDa' | 'nameEn'>, language: Language) =>
  language === 'en' ? category.nameEn : category.nameDa;

export interface CategoryNode {
  slug: string;
  name: string;
  count: number;
  /** Chosen itself. */
  selected: boolean;
  /** Included because its parent is chosen. */
  implied: boolean;
  children: CategoryNode[];
}

/**
 * The category facet as a two-level tree in the taxonomy's order. Categories without lots are left
 * out, unless chosen (so that they can be un-chosen), or a child of them is.
 */
export function categoryTree(
  categories: readonly Category[],
  facet: SearchFacets['category'] | undefined,
  selected: readonly string[],
  language: Language,
): CategoryNode[] {
  const counts = new Map((facet ?? []).map((bucket) => [bucket.slug, bucket.count]));
  const chosen = new Set(selected);
  const byOrder = (a: Category, b: Category) => a.sortOrder - b.sortOrder || categoryName(a, language).localeCompare(categoryName(b, language), language);
  const node = (category: Category, implied: boolean, children: CategoryNode[]): CategoryNode => ({
    slug: category.slug,
    name: categoryName(category, language),
    count: counts.get(category.slug) ?? 0,
    selected: chosen.has(category.slug) || chosen.has(category.id),
    implied,
    children,
  });
  const shown = (n: CategoryNode) => n.count > 0 || n.selected || n.children.length > 0;

  return categories
    .filter((c) => c.parentId === null)
    .sort(byOrder)
    .map((parent) => {
      const parentChosen = chosen.has(parent.slug) || chosen.has(parent.id);
      const children = categories
        .filter((c) => c.parentId === parent.id)
        .sort(byOrder)
        .map((child) => node(child, parentChosen, []))
        .filter(shown);
      return node(parent, false, children);
    })
    .filter(shown);
}

/**
 * Chooses or un-chooses a category. Choosing a parent replaces its chosen children (it includes
 * them anyway); choosing a child of a chosen parent is not offered.
 */
export function toggleCategory(categories: readonly Category[], selected: readonly string[], slug: string): string[] {
  if (selected.includes(slug)) return selected.filter((s) => s !== slug);
  const category = categories.find((c) => c.slug === slug);
  const children = new Set(categories.filter((c) => category && c.parentId === category.id).map((c) => c.slug));
  return [...selected.filter((s) => !children.has(s)), slug];
}

export type PriceChoice = 'any' | 'free' | 'max100' | 'max1000';

export const priceChoices: readonly PriceChoice[] = ['any', 'free', 'max100', 'max1000'];

const maxPriceOf: Record<Exclude<PriceChoice, 'any' | 'free'>, number> = { max100: 100, max1000: 1000 };

export function priceChoiceOf(free: boolean, maxPrice: number | null): PriceChoice | 'custom' {
  if (free) return 'free';
  if (maxPrice === null) return 'any';
  if (maxPrice === 100) return 'max100';
  if (maxPrice === 1000) return 'max1000';
  return 'custom';
}

export function priceFilterOf(choice: PriceChoice): { free: boolean; maxPrice: number | null } {
  if (choice === 'any') return { free: false, maxPrice: null };
  if (choice === 'free') return { free: true, maxPrice: null };
  return { free: false, maxPrice: maxPriceOf[choice] };
}

/**
 * Counts for the price choices from the price-band facet. The facet ignores the price filter
 * itself, so "at most 100 kr." is the free band plus the 1–100 band, and so on.
 */
export function priceChoiceCounts(bands: SearchFacets['priceBand'] | undefined): Record<PriceChoice, number> {
  const count = (band: PriceBand) => bands?.find((b) => b.value === band)?.count ?? 0;
  const free = count('free');
  const max100 = free + count('1-100');
  const max1000 = max100 + count('100-1000');
  return { any: max1000 + count('1000+'), free, max100, max1000 };
}
