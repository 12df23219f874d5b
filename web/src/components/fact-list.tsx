import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

/** A label and what it says, one line of a fact list. */
export type Fact = [label: string, value: ReactNode];

/** Facts as a description list, labels in a column of their own. */
export function FactList({ facts, labelWidth = 170 }: { facts: readonly Fact[]; labelWidth?: number }) {
  return (
    <DataList withDivider labelWidth={labelWidth} size="md">
      {facts.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
