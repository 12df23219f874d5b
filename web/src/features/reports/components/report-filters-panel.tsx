import { Button, Group, Input, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { reportGranularities, type Category } from '@byg360/shared';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { currentLanguage } from '../../../lib/i18n';
import { axisScales, reportUnits, type ReportFilters, type ReportParam, type ReportView } from '../utils/report-filters';
import classes from './report.module.css';

export interface MunicipalityChoice {
  code: string;
  name: string;
}

interface ReportFiltersPanelProps {
  filters: ReportFilters;
  view: ReportView;
  /** The axis scale in use when the view leaves it to the data. */
  effectiveScale: 'linear' | 'log';
  onChange: (changes: Partial<Record<ReportParam, string | null>>) => void;
  categories: readonly Category[];
  /** Administrators choose a municipality (or all); planners see their own, named in `fixedMunicipality`. */
  municipalities: readonly MunicipalityChoice[] | null;
  fixedMunicipality: string | null;
  /** The period the server used when none was asked for. */
  effectivePeriod: { from: string; to: string } | null;
}

const nameOf = (category: Category, language: 'da' | 'en') => (language === 'en' ? category.nameEn : category.nameDa);

/** Filters (kept in the URL by the caller) and how to show the figures. */
export function ReportFiltersPanel({ filters, view, effectiveScale, onChange, categories, municipalities, fixedMunicipality, effectivePeriod }: ReportFiltersPanelProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const from = filters.from ?? effectivePeriod?.from ?? '';
  const to = filters.to ?? effectivePeriod?.to ?? '';

  const categoryData = categories
    .filter((c) => c.parentId === null)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((parent) => ({
      group: nameOf(parent, language),
      items: [
        { value: parent.slug, label: t('reports.filters.wholeGroup', { name: nameOf(parent, language) }) },
        ...categories
          .filter((c) => c.parentId === parent.id)
          .sort((a, b) => a.sortOrder - b.sortOrder)
          .map((child) => ({ value: child.slug, label: nameOf(child, language) })),
      ],
    }));

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby={headingId} className={classes.screenOnly}>
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Text id={headingId} fw={650} size="lg" component="h2" m={0}>
            {t('reports.filters.title')}
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => onChange({ from: null, to: null, granularity: null, municipality: null, postcode: null, category: null })}
          >
            {t('reports.filters.reset')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          <DateFilter label={t('reports.filters.from')} value={from} max={to} onCommit={(value) => onChange({ from: value })} />
          <DateFilter label={t('reports.filters.to')} value={to} min={from} onCommit={(value) => onChange({ to: value })} />
          {municipalities ? (
            <Select
              label={t('reports.filters.municipality')}
              placeholder={t('reports.filters.allMunicipalities')}
              data={municipalities.map((m) => ({ value: m.code, label: m.name }))}
              value={filters.municipality}
              onChange={(municipality) => onChange({ municipality })}
              searchable
              clearable
              nothingFoundMessage={t('fields.nothingFound')}
            />
          ) : (
            <TextInput label={t('reports.filters.municipality')} value={fixedMunicipality ?? ''} readOnly variant="filled" title={t('reports.filters.ownMunicipality')} />
          )}
          <PostcodeFilter value={filters.postcode} onCommit={(postcode) => onChange({ postcode })} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Select
            label={t('reports.filters.category')}
            placeholder={t('reports.filters.allCategories')}
            data={categoryData}
            value={filters.category}
            onChange={(category) => onChange({ category })}
            searchable
            clearable
            nothingFoundMessage={t('fields.nothingFound')}
          />
          <Choice
            label={t('reports.filters.granularity')}
            value={filters.granularity}
            options={reportGranularities.map((g) => ({ value: g, label: t(`reports.granularities.${g}`) }))}
            onChange={(granularity) => onChange({ granularity })}
          />
        </SimpleGrid>
        <Group gap="xl" align="flex-end" wrap="wrap">
          <Choice
            label={t('reports.view.unit')}
            value={view.unit}
            options={reportUnits.map((unit) => ({ value: unit, label: t(`reports.view.units.${unit}`) }))}
            onChange={(unit) => onChange({ unit })}
          />
          <Choice
            label={t('reports.view.scale')}
            value={view.scale ?? effectiveScale}
            options={axisScales.map((scale) => ({ value: scale, label: t(`reports.view.scales.${scale}`) }))}
            onChange={(scale) => onChange({ scale })}
          />
        </Group>
      </Stack>
    </Paper>
  );
}

function Choice({ label, value, options, onChange }: { label: string; value: string; options: { value: string; label: string }[]; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <Input.Wrapper label={label} labelElement="div" id={id}>
      <div>
        <SegmentedControl mt={4} aria-labelledby={`${id}-label`} value={value} onChange={onChange} data={options} />
      </div>
    </Input.Wrapper>
  );
}

/**
 * A date is sent once it is complete and on the right side of the other end of the period;
 * clearing it goes back to the server's default period.
 */
function DateFilter({ label, value, min, max, onCommit }: { label: string; value: string; min?: string; max?: string; onCommit: (value: string | null) => void }) {
  const { t } = useTranslation();
  const [day, setDay] = useState(value);
  useEffect(() => setDay(value), [value]);
  const outside = day !== '' && ((min !== undefined && min !== '' && day < min) || (max !== undefined && max !== '' && day > max));
  return (
    <DateField
      label={label}
      value={day}
      min={min || undefined}
      max={max || undefined}
      error={outside ? t('reports.filters.periodOrder') : undefined}
      onChange={(next) => {
        setDay(next);
        if (next === '') onCommit(null);
        else if (next >= '1900-01-01' && !(min && next < min) && !(max && next > max)) onCommit(next);
      }}
    />
  );
}

/** Four digits filter at once; anything else waits and says what is missing. */
function PostcodeFilter({ value, onCommit }: { value: string | null; onCommit: (value: string | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const invalid = text !== '' && !/^\d{4}$/.test(text);
  return (
    <TextInput
      label={t('reports.filters.postcode')}
      placeholder={t('reports.filters.allPostcodes')}
      inputMode="numeric"
      autoComplete="off"
      maxLength={4}
      value={text}
      error={invalid ? t('reports.filters.postcodeInvalid') : undefined}
      onChange={(event) => {
        const next = event.currentTarget.value.trim();
        setText(next);
        if (next === '') onCommit(null);
        else if (/^\d{4}$/.test(next)) onCommit(next);
      }}
    />
  );
}
