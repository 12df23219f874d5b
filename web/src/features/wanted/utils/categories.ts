import type { Category } from '@byg360/shared';

export type Language = 'da' | 'en';

export const categoryName = (category: Pick<Category, 'nameDa' | 'nameEn'>, language: Language) =>
  language === 'en' ? category.nameEn : category.nameDa;

/**
 * Options for a select grouped by parent category. A wanted post may name a parent ("any
 * brickwork"), which matches lots of all its children, so the parent comes first in its group.
 */
export function categoryOptions(categories: readonly Category[], language: Language, anyOf: (name: string) => string) {
  const byOrder = (a: Category, b: Category) => a.sortOrder - b.sortOrder || categoryName(a, language).localeCompare(categoryName(b, language), language);
  return categories
    .filter((c) => c.parentId === null)
    .sort(byOrder)
    .map((parent) => {
      const children = categories.filter((c) => c.parentId === parent.id).sort(byOrder);
      const name = categoryName(parent, language);
      return {
        group: name,
        items: [
          { value: parent.id, label: children.length > 0 ? anyOf(name) : name },
          ...children.map((c) => ({ value: c.id, label: categoryName(c, language) })),
        ],
      };
    });
}
