import { Button } from '@mantine/core';
import type { ImportColumnKey, ImportedLot, ImportResult } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { ImportPreview, type ImportPreviewColumn } from '../../../components/import-wizard/import-preview';
import { ImportWizard } from '../../../components/import-wizard/import-wizard';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { templateHref } from '../api/get-template';
import { useImportLots } from '../api/import-lots';

interface LotImportWizardProps {
  projectId: string;
  projectHref: string;
  /** After a commit created lots; the caller refreshes the project and its lots. */
  onCommitted: (result: ImportResult) => void;
}

/** The inventory import: a spreadsheet of lots into one project. */
export function LotImportWizard({ projectId, projectHref, onCommitted }: LotImportWizardProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const send = useImportLots(projectId);
  const columns = useLotColumns();

  return (
    <ImportWizard
      texts="imports"
      upload={send}
      headingOrder={2}
      templateActions={
        <>
          <Button component="a" href={templateHref('xlsx', language)} download variant="default">
            {t('imports.template.xlsx')}
          </Button>
          <Button component="a" href={templateHref('csv', language)} download variant="default">
            {t('imports.template.csv')}
          </Button>
        </>
      }
      templateRules={[t('imports.template.required'), t('imports.template.csvRules'), t('imports.template.categories')]}
      preview={(result) => <ImportPreview texts="imports" result={result} itemOf={(row) => row.lot} columns={columns} minWidth={960} />}
      onCommitted={onCommitted}
      back={{ href: projectHref, cancelLabel: t('imports.actions.cancel') }}
    />
  );
}

/** The columns the preview shows; a problem in any other column is listed in the last one. */
function useLotColumns(): ImportPreviewColumn<ImportedLot, ImportColumnKey>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const language = currentLanguage();
  return [
    { key: 'title', header: t('imports.columns.title'), value: (lot) => lot.title },
    { key: 'category', header: t('imports.columns.category'), value: (lot) => (language === 'en' ? lot.categoryNameEn : lot.categoryName) },
    { key: 'quantity', header: t('imports.columns.quantity'), value: (lot) => format.number(lot.quantity) },
    { key: 'unit', header: t('imports.columns.unit'), value: (lot) => t(`lots.units.${lot.unit}`) },
    { key: 'condition', header: t('imports.columns.condition'), value: (lot) => lot.condition },
    { key: 'price', header: t('imports.columns.price'), value: (lot) => (Number(lot.priceDkk) === 0 ? t('lots.free') : format.dkk(lot.priceDkk)) },
  ];
}
