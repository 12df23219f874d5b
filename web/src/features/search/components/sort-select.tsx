import { Group, NativeSelect, Text } from '@mantine/core';
import { useId } from 'react';
import { searchSorts, type SearchSort } from '@byg360/shared';
import { useTranslation } from 'react-i18next';

/** The list's order; "nearest" needs a position ("near me"). */
export function SortSelect({ value, hasNear, onChange }: { value: SearchSort; hasNear: boolean; onChange: (sort: SearchSort) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text component="label" htmlFor={id} size="sm" fw={500}>
        {t('search.sort.label')}
      </Text>
      <NativeSelect
        id={id}
        size="sm"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as SearchSort)}
        data={searchSorts.map((sort) => ({ value: sort, label: t(`search.sort.${sort}`), disabled: sort === 'nearest' && !hasNear }))}
      />
    </Group>
  );
}
