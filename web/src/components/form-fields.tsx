import { SimpleGrid, Textarea, type TextareaProps } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { DateField } from './date-field';

/** Free text that grows with what is written, at the text size of the forms' other fields. */
export function GrowingTextarea(props: Omit<TextareaProps, 'autosize' | 'size'>) {
  return <Textarea size="md" autosize minRows={3} {...props} />;
}

type DateFieldProps = GetInputPropsReturnType & { label: string };

interface DateRangeFieldsProps {
  from: DateFieldProps;
  to: DateFieldProps;
  /** The first and the last day either date may be (YYYY-MM-DD). */
  min?: string;
  max?: string;
}

/** Two dates side by side; the second cannot be picked before the first. */
export function DateRangeFields({ from, to, min, max }: DateRangeFieldsProps) {
  const fromValue = typeof from.value === 'string' ? from.value : '';
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <DateField min={min} max={max} {...from} />
      <DateField min={fromValue || min} max={max} {...to} />
    </SimpleGrid>
  );
}
