import { Checkbox, Fieldset, Radio, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { conditionGrades, organisationKinds, type Category, type SearchFacets } from '@byg360/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { useFormat } from '../../../lib/format';
import {
  categoryTree,
  priceChoiceCounts,
  priceChoiceOf,
  priceChoices,
  priceFilterOf,
  toggleCategory,
  type CategoryNode,
  type Language,
  type PriceChoice,
} from '../utils/facets';
import type { SearchState } from '../utils/search-state';
import classes from './search.module.css';

type FilterPatch = Partial<Pick<SearchState, 'category' | 'condition' | 'free' | 'maxPrice' | 'municipality' | 'availableOn' | 'screened' | 'orgKind'>>;

interface SearchFiltersProps {
  state: SearchState;
  /** Undefined until the first result is in. */
  facets: SearchFacets | undefined;
  categories: readonly Category[];
  language: Language;
  onChange: (patch: FilterPatch) => void;
}

const toggle = <T,>(values: readonly T[], value: T): T[] => (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]);

/**
 * Facet filters with the number of lots each choice would give (the server counts every facet
 * with all the other filters applied). Choices without lots are left out or disabled.
 */
export function SearchFilters({ state, facets, categories, language, onChange }: SearchFiltersProps) {
  const { t } = useTranslation();
  if (!facets) return <FiltersSkeleton />;

  const tree = categoryTree(categories, facets.category, state.category, language);
  const conditionCount = (grade: string) => facets.condition.find((c) => c.value === grade)?.count ?? 0;
  const prices = priceChoiceCounts(facets.priceBand);
  const priceChoice = priceChoiceOf(state.free, state.maxPrice);
  const municipalities = [
    ...facets.municipality,
    ...state.municipality.filter((code) => !facets.municipality.some((m) => m.value === code)).map((code) => ({ value: code, name: code, count: 0 })),
  ];

  return (
    <Stack gap="lg">
      <FilterGroup legend={t('search.filters.category')}>
        {tree.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('search.filters.noCategories')}
          </Text>
        ) : (
          tree.map((parent) => (
            <div key={parent.slug}>
              <CategoryCheckbox node={parent} onToggle={(slug) => onChange({ category: toggleCategory(categories, state.category, slug) })} />
              {parent.children.length > 0 && (
                <Stack gap={6} mt={6} pl={28}>
                  {parent.children.map((child) => (
                    <CategoryCheckbox key={child.slug} node={child} onToggle={(slug) => onChange({ category: toggleCategory(categories, state.category, slug) })} />
                  ))}
                </Stack>
              )}
            </div>
          ))
        )}
      </FilterGroup>

      <FilterGroup legend={t('search.filters.condition')}>
        {conditionGrades.map((grade) => {
          const count = conditionCount(grade);
          const checked = state.condition.includes(grade);
          return (
            <Checkbox
              key={grade}
              size="sm"
              classNames={checkboxClassNames}
              checked={checked}
              disabled={!checked && count === 0}
              onChange={() => onChange({ condition: toggle(state.condition, grade).sort() })}
              label={<FacetLabel name={t(`search.conditions.${grade}`)} count={count} />}
            />
          );
        })}
      </FilterGroup>

      <Radio.Group
        size="sm"
        label={t('search.filters.price')}
        labelProps={{ className: classes.filterLegend }}
        value={priceChoice === 'custom' ? null : priceChoice}
        onChange={(value) => onChange(priceFilterOf(value as PriceChoice))}
      >
        <Stack gap={6} mt={6}>
          {priceChoices.map((choice) => (
            <Radio
              key={choice}
              size="sm"
              value={choice}
              classNames={checkboxClassNames}
              disabled={choice !== priceChoice && choice !== 'any' && prices[choice] === 0}
              label={<FacetLabel name={t(`search.price.${choice}`)} count={prices[choice]} />}
            />
          ))}
          {priceChoice === 'custom' && (
            <Text size="sm">{t('search.price.custom', { amount: state.maxPrice })}</Text>
          )}
        </Stack>
      </Radio.Group>

      {municipalities.length > 0 && (
        <FilterGroup legend={t('search.filters.municipality')}>
          {municipalities.map((m) => {
            const checked = state.municipality.includes(m.value);
            return (
              <Checkbox
                key={m.value}
                size="sm"
                classNames={checkboxClassNames}
                checked={checked}
                disabled={!checked && m.count === 0}
                onChange={() => onChange({ municipality: toggle(state.municipality, m.value) })}
                label={<FacetLabel name={m.name} count={m.count} />}
              />
            );
          })}
        </FilterGroup>
      )}

      <FilterGroup legend={t('search.filters.more')}>
        <Checkbox
          size="sm"
          checked={state.screened}
          onChange={(event) => onChange({ screened: event.currentTarget.checked })}
          label={t('search.filters.screened')}
          description={t('search.filters.screenedHint')}
        />
        <DateField
          size="sm"
          label={t('search.filters.availableOn')}
          description={t('search.filters.availableOnHint')}
          value={state.availableOn ?? ''}
          onChange={(value) => onChange({ availableOn: value || null })}
        />
        <Fieldset variant="unstyled" legend={<Text size="sm" fw={500}>{t('search.filters.orgKind')}</Text>}>
          <Stack gap={6} mt={4}>
            {organisationKinds.map((kind) => (
              <Checkbox
                key={kind}
                size="sm"
                checked={state.orgKind.includes(kind)}
                onChange={() => onChange({ orgKind: toggle(state.orgKind, kind) })}
                label={t(`search.orgKinds.${kind}`)}
              />
            ))}
          </Stack>
        </Fieldset>
      </FilterGroup>
    </Stack>
  );
}

const checkboxClassNames = { body: classes.facetBody, labelWrapper: classes.facetLabelWrapper, label: classes.facetLabelText };

function FilterGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset variant="unstyled" legend={<span className={classes.filterLegend}>{legend}</span>}>
      <Stack gap={6} mt={6}>
        {children}
      </Stack>
    </Fieldset>
  );
}

function CategoryCheckbox({ node, onToggle }: { node: CategoryNode; onToggle: (slug: string) => void }) {
  const partly = !node.selected && node.children.some((child) => child.selected);
  return (
    <Checkbox
      size="sm"
      classNames={checkboxClassNames}
      checked={node.selected || node.implied}
      indeterminate={partly}
      // A child of a chosen parent is included already; un-choose the parent to pick children.
      disabled={node.implied || (!node.selected && node.count === 0)}
      onChange={() => onToggle(node.slug)}
      label={<FacetLabel name={node.name} count={node.count} />}
    />
  );
}

/** The name, and the count right-aligned; a screen reader hears "Mursten, 3 partier". */
function FacetLabel({ name, count }: { name: string; count: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <span>{name}</span>
      <span className={classes.facetCount} aria-hidden>
        {format.number(count)}
      </span>
      <VisuallyHidden>{t('search.filters.countSuffix', { count })}</VisuallyHidden>
    </>
  );
}

function FiltersSkeleton() {
  return (
    <Stack gap="sm" aria-hidden>
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} height={18} width={`${90 - (i % 3) * 15}%`} />
      ))}
    </Stack>
  );
}
