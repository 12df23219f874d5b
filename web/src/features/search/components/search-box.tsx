import { CloseButton, Combobox, Group, Highlight, Text, TextInput, useCombobox, Button } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Category } from '@byg360/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_SUGGESTION_LENGTH, useSuggestions } from '../api/get-suggestions';
import { categoryName, type Language } from '../utils/facets';
import classes from './search.module.css';

const MAX_CATEGORY_SUGGESTIONS = 4;
const DEBOUNCE_MS = 250;

interface SearchBoxProps {
  /** The search text in the URL; the box follows it (back button, a removed filter). */
  value: string;
  categories: readonly Category[];
  language: Language;
  onSearch: (q: string) => void;
  onCategory: (slug: string) => void;
  onLot: (id: string) => void;
}

/** Folds case and accents, so that "tagsten" finds "Tagsten" and "beton" finds "Béton". */
const fold = (text: string) =>
  text
    .toLocaleLowerCase('da')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * The search field, with suggestions as you type: the search itself, matching categories (which
 * set the category filter) and matching lots (which open the lot).
 */
export function SearchBox({ value, categories, language, onSearch, onCategory, onLot }: SearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const [debounced] = useDebouncedValue(text, DEBOUNCE_MS);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const suggestions = useSuggestions(debounced, { enabled: combobox.dropdownOpened });

  const typed = text.trim();
  const long = typed.length >= MIN_SUGGESTION_LENGTH;
  const needle = fold(typed);
  const parents = new Map(categories.filter((c) => c.parentId === null).map((c) => [c.id, c]));
  const matchingCategories = long
    ? categories.filter((c) => fold(c.nameDa).includes(needle) || fold(c.nameEn).includes(needle)).slice(0, MAX_CATEGORY_SUGGESTIONS)
    : [];
  const lots = long ? (suggestions.data ?? []) : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    combobox.closeDropdown();
    onSearch(typed);
  };

  const choose = (option: string) => {
    combobox.closeDropdown();
    const [kind, ...rest] = option.split(':');
    const key = rest.join(':');
    if (kind === 'category') {
      setText('');
      onCategory(key);
    } else if (kind === 'lot') {
      onLot(key);
    } else {
      onSearch(key);
    }
  };

  const clear = () => {
    setText('');
    onSearch('');
  };

  return (
    <form role="search" onSubmit={submit} className={classes.searchForm} aria-label={t('search.box.formLabel')}>
      <Combobox store={combobox} onOptionSubmit={choose}>
        <Combobox.Target withExpandedAttribute autoComplete="off">
          <TextInput
            className={classes.searchInput}
            aria-label={t('search.box.label')}
            placeholder={t('search.box.placeholder')}
            type="search"
            enterKeyHint="search"
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              combobox.openDropdown();
              combobox.resetSelectedOption();
            }}
            onFocus={() => long && combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            rightSection={text ? <CloseButton size="sm" aria-label={t('search.box.clear')} onClick={clear} onMouseDown={(e) => e.preventDefault()} /> : null}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={!long}>
          <Combobox.Options>
            <Combobox.Option value={`q:${typed}`}>
              <Text size="sm">{t('search.box.searchFor', { text: typed })}</Text>
            </Combobox.Option>
            {matchingCategories.length > 0 && (
              <Combobox.Group label={t('search.box.categories')}>
                {matchingCategories.map((category) => {
                  const parent = category.parentId ? parents.get(category.parentId) : undefined;
                  return (
                    <Combobox.Option value={`category:${category.slug}`} key={category.id}>
                      <Group gap={6} wrap="nowrap">
                        {parent && (
                          <Text size="sm" c="dimmed">
                            {categoryName(parent, language)} ›
                          </Text>
                        )}
                        <Highlight size="sm" highlight={typed}>
                          {categoryName(category, language)}
                        </Highlight>
                      </Group>
                    </Combobox.Option>
                  );
                })}
              </Combobox.Group>
            )}
            {lots.length > 0 && (
              <Combobox.Group label={t('search.box.lots')}>
                {lots.map((hit) => (
                  <Combobox.Option value={`lot:${hit.id}`} key={hit.id}>
                    <Highlight size="sm" highlight={typed.split(/\s+/)}>
                      {hit.title}
                    </Highlight>
                    <Text size="xs" c="dimmed">
                      {[categoryName(hit.category, language), hit.location.city ?? hit.location.postcode].join(' · ')}
                    </Text>
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            )}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      <Button type="submit">{t('search.box.submit')}</Button>
    </form>
  );
}
