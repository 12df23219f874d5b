import { Alert, Anchor, Button, Group, List, Paper, Progress, SimpleGrid, Stack, Stepper, Text, Title } from '@mantine/core';
import { importMaxBytes, type ImportResult } from '@byg360/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FileDropZone } from '../../../components/file-drop-zone';
import { ApiError } from '../../../lib/api-client';
import { describeApiError } from '../../../lib/form-errors';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useImportLots, type ImportMode } from '../api/import-lots';
import { templateHref } from '../api/get-template';
import { ImportPreview } from './import-preview';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_MB = importMaxBytes / (1024 * 1024);

interface ImportWizardProps {
  projectId: string;
  projectHref: string;
  /** After a commit created lots; the caller refreshes the project and its lots. */
  onCommitted: (result: ImportResult) => void;
}

type Step = 0 | 1 | 2;

/** 1 choose a spreadsheet → 2 check it (dry run) and see every bad row and cell → 3 import all rows, or none. */
export function ImportWizard({ projectId, projectHref, onCommitted }: ImportWizardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [progress, setProgress] = useState(0);
  const [requestError, setRequestError] = useState<{ text: string | null; detail: string | null } | null>(null);
  const send = useImportLots();

  const choose = (files: readonly File[]) => {
    const [picked] = files;
    if (!picked) return;
    setRequestError(null);
    setResult(null);
    if (!/\.(csv|xlsx)$/i.test(picked.name)) {
      setFile(null);
      setFileError(t('imports.errors.type'));
    } else if (picked.size > importMaxBytes) {
      setFile(null);
      setFileError(t('imports.errors.size', { max: MAX_MB }));
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
      { projectId, file, mode, onProgress: setProgress },
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
          const unreadable = t('imports.errors.unreadable');
          const messages = { 400: unreadable, 403: t('imports.errors.forbidden'), 413: t('imports.errors.tooLarge'), 415: unreadable };
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

  const language = currentLanguage();
  const busy = send.isPending;
  const uploading = busy && progress < 1;

  return (
    <Stack gap="xl">
      <Stepper active={step} onStepClick={(index) => index === 0 && !busy && setStep(0)} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label={t('imports.steps.choose')} description={t('imports.steps.chooseHint')} />
        <Stepper.Step label={t('imports.steps.check')} description={t('imports.steps.checkHint')} />
        <Stepper.Step label={t('imports.steps.import')} description={t('imports.steps.importHint')} />
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
                ? t('imports.progress.uploading', { percent: Math.round(progress * 100) })
                : send.variables?.mode === 'commit'
                  ? t('imports.progress.creating')
                  : t('imports.progress.checking')}
            </Text>
            <Progress value={uploading ? Math.round(progress * 100) : 100} animated={!uploading} aria-label={t('imports.progress.label')} />
          </Stack>
        </Paper>
      )}

      {step === 0 && (
        <Stack gap="lg">
          <Paper withBorder p="lg" radius="md">
            <Stack gap="sm">
              <Title order={2} size="h3">
                {t('imports.template.title')}
              </Title>
              <Text>{t('imports.template.body')}</Text>
              <Group gap="sm">
                <Button component="a" href={templateHref('xlsx', language)} download variant="default">
                  {t('imports.template.xlsx')}
                </Button>
                <Button component="a" href={templateHref('csv', language)} download variant="default">
                  {t('imports.template.csv')}
                </Button>
              </Group>
              <List size="sm" spacing={4}>
                <List.Item>{t('imports.template.required')}</List.Item>
                <List.Item>{t('imports.template.csvRules')}</List.Item>
                <List.Item>{t('imports.template.categories')}</List.Item>
              </List>
            </Stack>
          </Paper>
          <Stack gap="sm">
            <FileDropZone
              accept={ACCEPT}
              onFiles={choose}
              title={t('imports.drop.title')}
              hint={t('imports.drop.hint', { max: MAX_MB })}
              buttonLabel={t('imports.drop.choose')}
              disabled={busy}
            />
            {fileError && (
              <Text c="var(--mantine-color-error)" size="sm" role="alert">
                {fileError}
              </Text>
            )}
            {file && (
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Text aria-live="polite">
                  {t('imports.drop.chosen', { name: file.name, size: format.number(file.size / 1024, { maximumFractionDigits: 0 }) })}
                </Text>
                <Button onClick={() => run('dry-run')} loading={busy}>
                  {t('imports.actions.check')}
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
            <Alert color="yellow" variant="light" title={t('imports.preview.warnings')}>
              <List size="sm">
                {result.warnings.map((warning, index) => (
                  <List.Item key={index}>
                    {warning.row !== null && `${t('imports.preview.row')} ${warning.row}: `}
                    {warning.column && <strong>{warning.column}: </strong>}
                    <span lang="en">{warning.message}</span>
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {result.invalid > 0 ? (
            <Alert color="red" variant="light" title={t('imports.preview.fixTitle', { count: result.invalid })}>
              {t('imports.preview.fixBody')}
            </Alert>
          ) : (
            result.total > 0 && (
              <Alert color="moss" variant="light" title={t('imports.preview.readyTitle', { count: result.valid })}>
                {t('imports.preview.readyBody')}
              </Alert>
            )
          )}
          {result.total > 0 && <ImportPreview result={result} />}
          <Group justify="space-between" wrap="wrap">
            <Button variant="default" onClick={restart} disabled={busy}>
              {t('imports.actions.otherFile')}
            </Button>
            <Button onClick={() => run('commit')} loading={busy} disabled={result.invalid > 0 || result.valid === 0}>
              {t('imports.actions.commit', { count: result.valid })}
            </Button>
          </Group>
        </Stack>
      )}

      {step === 2 && result && (
        <Alert color="moss" variant="light" title={t('imports.done.title', { count: result.created ?? 0 })} role="status">
          <Stack gap="sm" align="flex-start">
            <Text>{t('imports.done.body')}</Text>
            <Group gap="sm">
              <Button component={Link} to={projectHref}>
                {t('imports.done.back')}
              </Button>
              <Button variant="default" onClick={restart}>
                {t('imports.actions.another')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      {step !== 2 && (
        <Anchor component={Link} to={projectHref} size="sm">
          {t('imports.actions.cancel')}
        </Anchor>
      )}
    </Stack>
  );
}

function Summary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const items = [
    { label: t('imports.summary.total'), value: result.total },
    { label: t('imports.summary.valid'), value: result.valid },
    { label: t('imports.summary.invalid'), value: result.invalid },
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
