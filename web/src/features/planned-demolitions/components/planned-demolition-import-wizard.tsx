import { Badge, Button, Stack, Text } from '@mantine/core';
import { archetypeLabels, type PlannedDemolitionImportColumnKey, type PlannedDemolitionImportResult } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { ImportPreview, type ImportPreviewColumn, type ImportPreviewExtraColumn } from '../../../components/import-wizard/import-preview';
import { ImportWizard } from '../../../components/import-wizard/import-wizard';
import { saveBlob } from '../../../lib/download';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useImportPlannedDemolitions } from '../api/import-planned-demolitions';
import { importTemplateCsv, importTemplateFilename, requiredHeaders } from '../utils/import-template';

type Preview = NonNullable<PlannedDemolitionImportResult['rows'][number]['plannedDemolition']>;

interface PlannedDemolitionImportWizardProps {
  onCommitted: (result: PlannedDemolitionImportResult) => void;
  onDone: () => void;
}

/** A BBR-like extract of planned demolitions, with the same rules as the inventory import. */
export function PlannedDemolitionImportWizard({ onCommitted, onDone }: PlannedDemolitionImportWizardProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const send = useImportPlannedDemolitions();
  const { columns, extraColumns } = usePlannedColumns();

  const downloadTemplate = () => saveBlob(new Blob([importTemplateCsv(language)], { type: 'text/csv;charset=utf-8' }), importTemplateFilename(language));

  return (
    <ImportWizard
      texts="planned.import"
      upload={send}
      headingOrder={3}
      templateActions={
        <Button variant="default" onClick={downloadTemplate}>
          {t('planned.import.template.download')}
        </Button>
      }
      templateRules={[
        t('planned.import.template.required', { columns: requiredHeaders(language).join(', ') }),
        t('planned.import.template.place'),
        t('planned.import.template.values'),
        t('planned.import.template.formats'),
      ]}
      preview={(result) => (
        <ImportPreview
          texts="planned.import"
          result={result}
          itemOf={(row) => row.plannedDemolition}
          columns={columns}
          extraColumns={extraColumns}
          minWidth={1040}
        />
      )}
      onCommitted={onCommitted}
      back={{ onDone }}
    />
  );
}

function usePlannedColumns() {
  const { t } = useTranslation();
  const format = useFormat();
  const language = currentLanguage();
  /** The columns the preview shows; a problem in any other column is listed in the last one. */
  const columns: ImportPreviewColumn<Preview, PlannedDemolitionImportColumnKey>[] = [
    { key: 'address', header: t('planned.import.columns.address'), value: (p) => p.address ?? '' },
    { key: 'postcode', header: t('planned.import.columns.postcode'), value: (p) => p.postcode },
    { key: 'buildingUse', header: t('planned.import.columns.buildingUse'), value: (p) => t(`planned.buildingUses.${p.buildingUse}`) },
    { key: 'constructionType', header: t('planned.import.columns.constructionType'), value: (p) => t(`planned.constructionTypes.${p.constructionType}`) },
    { key: 'constructionYear', header: t('planned.import.columns.constructionYear'), value: (p) => (p.constructionYear === null ? '' : String(p.constructionYear)) },
    { key: 'floorAreaM2', header: t('planned.import.columns.floorAreaM2'), value: (p) => `${format.number(p.floorAreaM2, { maximumFractionDigits: 1 })} m²` },
    { key: 'expectedYear', header: t('planned.import.columns.expectedYear'), value: (p) => String(p.expectedYear) },
  ];
  const extraColumns: ImportPreviewExtraColumn<Preview>[] = [
    {
      header: t('planned.import.preview.estimate'),
      cell: (p) =>
        p &&
        (p.archetype ? (
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {format.number(Number(p.estimatedKg) / 1000, { maximumFractionDigits: 1 })} t
            </Text>
            <Text size="xs" c="dimmed">
              {archetypeLabels[p.archetype]?.[language] ?? p.archetype}
            </Text>
          </Stack>
        ) : (
          <Badge color="gray" variant="light">
            {t('planned.match.none')}
          </Badge>
        )),
    },
  ];
  return { columns, extraColumns };
}
