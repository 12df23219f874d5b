import { Button, Group, Pill } from '@mantine/core';
import type { Category } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { categoryName, priceChoiceOf, type Language } from '../utils/facets';
import { withFilters, type SearchState } from '../utils/search-state';

interface ActiveFiltersProps {
  state: SearchState;
  categories: readonly Category[];
  /** Names of municipalities by code, from the facet. */
  municipalityNames: ReadonlyMap<string, string>;
  language: Language;
  onChange: (next: SearchState) => void;
  onClearAll: () => void;
}

/** What narrows the search now, each removable on its own; the map's view is not listed. */
export function ActiveFilters({ state, categories, municipalityNames, language, onChange, onClearAll }: ActiveFiltersProps) {
  const { t } = useTranslation();
  const pills = useFilterPills(state, categories, municipalityNames, language);
  if (pills.length === 0) return null;
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={t('search.active.label')}>
      {pills.map((pill) => (
        <Pill
          key={pill.key}
          size="md"
          withRemoveButton
          onRemove={() => onChange(pill.remove())}
          removeButtonProps={{ 'aria-label': t('search.active.remove', { label: pill.label }) }}
        >
          {pill.label}
        </Pill>
      ))}
      {pills.length > 1 && (
        <Button variant="subtle" size="compact-sm" onClick={onClearAll}>
          {t('search.active.clearAll')}
        </Button>
      )}
    </Group>
  );
}

export interface FilterPill {
  key: string;
  label: string;
  /** The state without this filter. */
  remove: () => SearchState;
}

/** The search text and every filter in words, e.g. for a summary of a saved search. */
export function useFilterPills(state: SearchState, categories: readonly Category[], municipalityNames: ReadonlyMap<string, string>, language: Language): FilterPill[] {
  const { t } = useTranslation();
  const format = useFormat();
  const pills: FilterPill[] = [];

  if (state.q) pills.push({ key: 'q', label: t('search.active.text', { text: state.q }), remove: () => withFilters(state, { q: '' }) });
  for (const slug of state.category) {
    const category = categories.find((c) => c.slug === slug || c.id === slug);
    pills.push({
      key: `category:${slug}`,
      label: category ? categoryName(category, language) : slug,
      remove: () => withFilters(state, { category: state.category.filter((s) => s !== slug) }),
    });
  }
  for (const grade of state.condition) {
    pills.push({
      key: `condition:${grade}`,
      label: t(`search.conditions.${grade}`),
      remove: () => withFilters(state, { condition: state.condition.filter((c) => c !== grade) }),
    });
  }
  const price = priceChoiceOf(state.free, state.maxPrice);
  if (price !== 'any') {
    pills.push({
      key: 'price',
      label: price === 'custom' ? t('search.price.custom', { amount: state.maxPrice }) : t(`search.price.${price}`),
      remove: () => withFilters(state, { free: false, maxPrice: null }),
    });
  }
  for (const code of state.municipality) {
    pills.push({
      key: `municipality:${code}`,
      label: municipalityNames.get(code) ?? code,
      remove: () => withFilters(state, { municipality: state.municipality.filter((m) => m !== code) }),
    });
  }
  for (const postcode of state.postcode) {
    pills.push({
      key: `postcode:${postcode}`,
      label: t('search.active.postcode', { postcode }),
      remove: () => withFilters(state, { postcode: state.postcode.filter((p) => p !== postcode) }),
    });
  }
  if (state.availableOn) {
    pills.push({ key: 'availableOn', label: t('search.active.availableOn', { date: format.date(state.availableOn) }), remove: () => withFilters(state, { availableOn: null }) });
  }
  if (state.screened) pills.push({ key: 'screened', label: t('search.active.screened'), remove: () => withFilters(state, { screened: false }) });
  for (const kind of state.orgKind) {
    pills.push({
      key: `orgKind:${kind}`,
      label: t(`search.orgKinds.${kind}`),
      remove: () => withFilters(state, { orgKind: state.orgKind.filter((k) => k !== kind) }),
    });
  }
  if (state.near) {
    pills.push({ key: 'near', label: t('search.active.near', { km: state.radiusKm ?? 0 }), remove: () => withFilters(state, { near: null }) });
  }

  return pills;
}
