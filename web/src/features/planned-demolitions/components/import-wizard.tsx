import { Alert, Button, Group, List, Paper, Progress, SimpleGrid, Stack, Stepper, Text, Title } from '@mantine/core';
import { importMaxBytes, type PlannedDemolitionImportResult } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDropZone } from '../../../components/file-drop-zone';
import { ApiError } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';
import { describeApiError } from '../../../lib/form-errors';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useImportPlannedDemolitions, type ImportMode } from '../api/import-planned-demolitions';
import { importTemplateCsv, importTemplateFilename, requiredHeaders } from '../utils/import-template';
import { ImportPreview } from './import-preview';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_MB = importMaxBytes / (1024 * 1024);

type Step = 0 | 1 | 2;

/**
 * 1 get the template and choose a file → 2 check it (dry run) and see every bad row and cell →
 * 3 import all rows, or none. The same rules as the inventory import.
 */
export function ImportWizard({ onCommitted, onDone }: { onCommitted: (result: PlannedDemolitionImportResult) => void; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = currentLanguage();
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<PlannedDemolitionImportResult | null>(null);
  const [progress, setProgress] = useState(0);
  const [requestError, setRequestError] = useState<{ text: string | null; detail: string | null } | null>(null);
  const send = useImportPlannedDemolitions();

  const choose = (files: readonly File[]) => {
    const [picked] = files;
    if (!picked) return;
    setRequestError(null);
    setResult(null);
    if (!/\.(csv|xlsx)$/i.test(picked.name)) {
      setFile(null);
      setFileError(t('planned.import.errors.type'));
    } else if (picked.size > importMaxBytes) {
      setFile(null);
      setFileError(t('planned.import.errors.size', { max: MAX_MB }));
    } else {
      setFile(picked);
      setFileError(null);
    }
  };

  const run = (mode: ImportMode) => {
    if (!file) return;
    setRequestError(null);
    setProgress(0);
    send.mutate(
      { file, mode, onProgress: setProgress },
      {
        onSuccess: (answer) => {
          setResult(answer);
          if (mode === 'commit' && answer.created !== undefined) {
            setStep(2);
            onCommitted(answer);
          } else {
            setStep(1);
          }
        },
        onError: (error) => {
          const unreadable = t('planned.import.errors.unreadable');
          const messages = { 400: unreadable, 403: t('planned.errors.forbidden'), 413: t('planned.import.errors.tooLarge'), 415: unreadable };
          // The server says in English what is wrong with the file (no header row, not a spreadsheet…): worth showing too.
          const detail = error instanceof ApiError && (error.status === 400 || error.status === 415) ? error.message : null;
          setRequestError({ text: describeApiError(error, t, { messages }).formError, detail });
        },
      },
    );
  };

  const restart = () => {
    setStep(0);
    setFile(null);
    setResult(null);
    setRequestError(null);
  };

  const downloadTemplate = () => saveBlob(new Blob([importTemplateCsv(language)], { type: 'text/csv;charset=utf-8' }), importTemplateFilename(language));

  const busy = send.isPending;
  const uploading = busy && progress < 1;

  return (
    <Stack gap="xl">
      <Stepper active={step} onStepClick={(index) => index === 0 && !busy && setStep(0)} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label={t('planned.import.steps.choose')} description={t('planned.import.steps.chooseHint')} />
        <Stepper.Step label={t('planned.import.steps.check')} description={t('planned.import.steps.checkHint')} />
        <Stepper.Step label={t('planned.import.steps.import')} description={t('planned.import.steps.importHint')} />
      </Stepper>

      {requestError && (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm">{requestError.text}</Text>
          {requestError.detail && (
            <Text size="sm" mt={4} lang="en">
              {requestError.detail}
            </Text>
          )}
        </Alert>
      )}

      {busy && (
        <Paper withBorder p="md" radius="md" role="status">
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {uploading
                ? t('planned.import.progress.uploading', { percent: Math.round(progress * 100) })
                : send.variables?.mode === 'commit'
                  ? t('planned.import.progress.creating')
                  : t('planned.import.progress.checking')}
            </Text>
            <Progress value={uploading ? Math.round(progress * 100) : 100} animated={!uploading} aria-label={t('planned.import.progress.label')} />
          </Stack>
        </Paper>
      )}

      {step === 0 && (
        <Stack gap="lg">
          <Paper withBorder p="lg" radius="md">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('planned.import.template.title')}
              </Title>
              <Text>{t('planned.import.template.body')}</Text>
              <div>
                <Button variant="default" onClick={downloadTemplate}>
                  {t('planned.import.template.download')}
                </Button>
              </div>
              <List size="sm" spacing={4}>
                <List.Item>{t('planned.import.template.required', { columns: requiredHeaders(language).join(', ') })}</List.Item>
                <List.Item>{t('planned.import.template.place')}</List.Item>
                <List.Item>{t('planned.import.template.values')}</List.Item>
                <List.Item>{t('planned.import.template.formats')}</List.Item>
              </List>
            </Stack>
          </Paper>
          <Stack gap="sm">
            <FileDropZone
              accept={ACCEPT}
              onFiles={choose}
              title={t('planned.import.drop.title')}
              hint={t('planned.import.drop.hint', { max: MAX_MB })}
              buttonLabel={t('planned.import.drop.choose')}
              disabled={busy}
            />
            {fileError && (
              <Text c="var(--mantine-color-error)" size="sm" role="alert">
                {fileError}
              </Text>
            )}
            {file && (
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Text aria-live="polite">{t('planned.import.drop.chosen', { name: file.name, size: format.number(file.size / 1024, { maximumFractionDigits: 0 }) })}</Text>
                <Button onClick={() => run('dry-run')} loading={busy}>
                  {t('planned.import.actions.check')}
                </Button>
              </Group>
            )}
          </Stack>
        </Stack>
      )}

      {step === 1 && result && (
        <Stack gap="lg">
          <Summary result={result} />
          {result.warnings.length > 0 && (
            <Alert color="yellow" variant="light" title={t('planned.import.warnings')}>
              <List size="sm">
                {result.warnings.map((warning, index) => (
                  <List.Item key={index}>
                    {warning.row !== null && `${t('planned.import.row')} ${warning.row}: `}
                    {warning.column && <strong>{warning.column}: </strong>}
                    <span lang="en">{warning.message}</span>
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {result.invalid > 0 ? (
            <Alert color="red" variant="light" title={t('planned.import.fixTitle', { count: result.invalid })}>
              {t('planned.import.fixBody')}
            </Alert>
          ) : (
            result.total > 0 && (
              <Alert color="moss" variant="light" title={t('planned.import.readyTitle', { count: result.valid })}>
                {t('planned.import.readyBody')}
              </Alert>
            )
          )}
          {result.total > 0 && <ImportPreview result={result} />}
          <Group justify="space-between" wrap="wrap">
            <Button variant="default" onClick={restart} disabled={busy}>
              {t('planned.import.actions.otherFile')}
            </Button>
            <Button onClick={() => run('commit')} loading={busy} disabled={result.invalid > 0 || result.valid === 0}>
              {t('planned.import.actions.commit', { count: result.valid })}
            </Button>
          </Group>
        </Stack>
      )}

      {step === 2 && result && (
        <Alert color="moss" variant="light" title={t('planned.import.done.title', { count: result.created ?? 0 })} role="status">
          <Stack gap="sm" align="flex-start">
            <Text>{t('planned.import.done.body')}</Text>
            <Group gap="sm">
              <Button onClick={onDone}>{t('planned.import.done.back')}</Button>
              <Button variant="default" onClick={restart}>
                {t('planned.import.actions.another')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

function Summary({ result }: { result: PlannedDemolitionImportResult }) {
  const { t } = useTranslation();
  const items = [
    { label: t('planned.import.summary.total'), value: result.total },
    { label: t('planned.import.summary.valid'), value: result.valid },
    { label: t('planned.import.summary.invalid'), value: result.invalid },
  ];
  return (
    <SimpleGrid cols={3} spacing="md" maw={560}>
      {items.map((item) => (
        <Paper key={item.label} withBorder p="md" radius="md">
          <Text fw={700} fz={28} lh={1.1}>
            {item.value}
          </Text>
          <Text size="sm" c="dimmed">
            {item.label}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
