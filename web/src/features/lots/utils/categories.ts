import type { Category } from '@byg360/shared';

type Language = 'da' | 'en';

export const categoryName = (category: Pick<Category, 'nameDa' | 'nameEn'>, language: Language) =>
  language === 'en' ? category.nameEn : category.nameDa;

/**
 * Options for a select grouped by parent category ("Murværk" › "Mursten", "Hasle klinker"…).
 * A parent without children is offered itself, in a group of its own name.
 */
export function categoryOptions(categories: readonly Category[], language: Language) {
  const byOrder = (a: Category, b: Category) => a.sortOrder - b.sortOrder || categoryName(a, language).localeCompare(categoryName(b, language), language);
  const parents = categories.filter((c) => c.parentId === null).sort(byOrder);
  return parents.map((parent) => {
    const children = categories.filter((c) => c.parentId === parent.id).sort(byOrder);
    const items = (children.length > 0 ? children : [parent]).map((c) => ({ value: c.id, label: categoryName(c, language) }));
    return { group: categoryName(parent, language), items };
  });
}

/** "Murværk › Mursten" for a child, the name for a top-level category. */
export function categoryPath(category: Category, categories: readonly Category[], language: Language): string {
  const parent = categories.find((c) => c.id === category.parentId);
  return parent ? `${categoryName(parent, language)} › ${categoryName(category, language)}` : categoryName(category, language);
}
