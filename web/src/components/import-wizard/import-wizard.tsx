import { Alert, Anchor, Button, Group, List, Paper, Progress, SimpleGrid, Stack, Stepper, Text, Title } from '@mantine/core';
import { importMaxBytes, type ImportMode, type ImportResultBase } from '@byg360/shared';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../lib/api-client';
import { describeApiError } from '../../lib/form-errors';
import { useFormat } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { FigureCard } from '../figure-card';
import { FileDropZone } from '../file-drop-zone';
import { fileProblemOf, importIssueText, type IssueText } from './import-issue-text';
import type { ImportTexts } from './import-texts';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_MB = importMaxBytes / (1024 * 1024);

/** What the wizard sends: the file and whether to check it or import it. */
export interface ImportUpload {
  file: File;
  mode: ImportMode;
  onProgress?: (fraction: number) => void;
}

export interface ImportWizardProps<Result extends ImportResultBase> {
  texts: ImportTexts;
  upload: UseMutationResult<Result, Error, ImportUpload>;
  /** The heading level of the template card, below the page's own headings. */
  headingOrder: 2 | 3;
  /** How to get the template: download links or buttons. */
  templateActions: ReactNode;
  /** The rules a file must follow, one list item each. */
  templateRules: readonly string[];
  /** The rows of a dry run (see ImportPreview). */
  preview: (result: Result) => ReactNode;
  /** After a commit created rows; the caller refreshes what shows them. */
  onCommitted: (result: Result) => void;
  /** Where to go afterwards: the page the import belongs to (also offered as a way out), or a callback. */
  back: { href: string; cancelLabel: string } | { onDone: () => void };
}

type Step = 0 | 1 | 2;

/** 1 get the template and choose a spreadsheet → 2 check it (dry run) and see every bad row and cell → 3 import all rows, or none. */
export function ImportWizard<Result extends ImportResultBase>({
  texts,
  upload: send,
  headingOrder,
  templateActions,
  templateRules,
  preview,
  onCommitted,
  back,
}: ImportWizardProps<Result>) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [step, setStep] = useState<Step>(0);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [progress, setProgress] = useState(0);
  /** What went wrong with a request: in the page's language, and maybe the server's own words in English beneath. */
  const [requestError, setRequestError] = useState<{ text: IssueText | null; detail: string | null } | null>(null);

  const choose = (files: readonly File[]) => {
    const [picked] = files;
    if (!picked) return;
    setRequestError(null);
    setResult(null);
    if (!/\.(csv|xlsx)$/i.test(picked.name)) {
      setFile(null);
      setFileError(t(`${texts}.errors.type`));
    } else if (picked.size > importMaxBytes) {
      setFile(null);
      setFileError(t(`${texts}.errors.size`, { max: MAX_MB }));
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
          const problem = fileProblemOf(error);
          const worded = problem && importIssueText(problem, i18n, currentLanguage());
          // A whole-file problem in the page's language says it all; a reason the catalogue lacks is shown in the server's English.
          if (worded && !worded.lang) {
            setRequestError({ text: worded, detail: null });
            return;
          }
          const unreadable = t(`${texts}.errors.unreadable`);
          const messages = { 400: unreadable, 403: t(`${texts}.errors.forbidden`), 413: t(`${texts}.errors.tooLarge`), 415: unreadable };
          const detail = error instanceof ApiError && (error.status === 400 || error.status === 415) ? error.message : null;
          const text = describeApiError(error, t, { messages }).formError;
          setRequestError({ text: text === null ? null : { text }, detail });
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

  const busy = send.isPending;
  const uploading = busy && progress < 1;

  return (
    <Stack gap="xl">
      <Stepper active={step} onStepClick={(index) => index === 0 && !busy && setStep(0)} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label={t(`${texts}.steps.choose`)} description={t(`${texts}.steps.chooseHint`)} />
        <Stepper.Step label={t(`${texts}.steps.check`)} description={t(`${texts}.steps.checkHint`)} />
        <Stepper.Step label={t(`${texts}.steps.import`)} description={t(`${texts}.steps.importHint`)} />
      </Stepper>

      {requestError && (
        <Alert color="red" variant="light" role="alert">
          {requestError.text && (
            <Text size="sm" lang={requestError.text.lang}>
              {requestError.text.text}
            </Text>
          )}
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
                ? t(`${texts}.progress.uploading`, { percent: Math.round(progress * 100) })
                : send.variables?.mode === 'commit'
                  ? t(`${texts}.progress.creating`)
                  : t(`${texts}.progress.checking`)}
            </Text>
            <Progress value={uploading ? Math.round(progress * 100) : 100} animated={!uploading} aria-label={t(`${texts}.progress.label`)} />
          </Stack>
        </Paper>
      )}

      {step === 0 && (
        <Stack gap="lg">
          <Paper withBorder p="lg" radius="md">
            <Stack gap="sm">
              <Title order={headingOrder} size={headingOrder === 2 ? 'h3' : 'h4'}>
                {t(`${texts}.template.title`)}
              </Title>
              <Text>{t(`${texts}.template.body`)}</Text>
              <Group gap="sm">{templateActions}</Group>
              <List size="sm" spacing={4}>
                {templateRules.map((rule) => (
                  <List.Item key={rule}>{rule}</List.Item>
                ))}
              </List>
            </Stack>
          </Paper>
          <Stack gap="sm">
            <FileDropZone
              accept={ACCEPT}
              onFiles={choose}
              title={t(`${texts}.drop.title`)}
              hint={t(`${texts}.drop.hint`, { max: MAX_MB })}
              buttonLabel={t(`${texts}.drop.choose`)}
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
                  {t(`${texts}.drop.chosen`, { name: file.name, size: format.number(file.size / 1024, { maximumFractionDigits: 0 }) })}
                </Text>
                <Button onClick={() => run('dry-run')} loading={busy}>
                  {t(`${texts}.actions.check`)}
                </Button>
              </Group>
            )}
          </Stack>
        </Stack>
      )}

      {step === 1 && result && (
        <Stack gap="lg">
          <Summary texts={texts} result={result} />
          {result.warnings.length > 0 && (
            <Alert color="yellow" variant="light" title={t(`${texts}.preview.warnings`)}>
              <List size="sm">
                {result.warnings.map((warning, index) => {
                  const { text, lang } = importIssueText(warning, i18n, currentLanguage());
                  return (
                    <List.Item key={index}>
                      {warning.row !== null && `${t(`${texts}.preview.row`)} ${warning.row}: `}
                      {warning.column && <strong>{warning.column}: </strong>}
                      <span lang={lang}>{text}</span>
                    </List.Item>
                  );
                })}
              </List>
            </Alert>
          )}
          {result.invalid > 0 ? (
            <Alert color="red" variant="light" title={t(`${texts}.preview.fixTitle`, { count: result.invalid })}>
              {t(`${texts}.preview.fixBody`)}
            </Alert>
          ) : (
            result.total > 0 && (
              <Alert color="moss" variant="light" title={t(`${texts}.preview.readyTitle`, { count: result.valid })}>
                {t(`${texts}.preview.readyBody`)}
              </Alert>
            )
          )}
          {result.total > 0 && preview(result)}
          <Group justify="space-between" wrap="wrap">
            <Button variant="default" onClick={restart} disabled={busy}>
              {t(`${texts}.actions.otherFile`)}
            </Button>
            <Button onClick={() => run('commit')} loading={busy} disabled={result.invalid > 0 || result.valid === 0}>
              {t(`${texts}.actions.commit`, { count: result.valid })}
            </Button>
          </Group>
        </Stack>
      )}

      {step === 2 && result && (
        <Alert color="moss" variant="light" title={t(`${texts}.done.title`, { count: result.created ?? 0 })} role="status">
          <Stack gap="sm" align="flex-start">
            <Text>{t(`${texts}.done.body`)}</Text>
            <Group gap="sm">
              {'href' in back ? (
                <Button component={Link} to={back.href}>
                  {t(`${texts}.done.back`)}
                </Button>
              ) : (
                <Button onClick={back.onDone}>{t(`${texts}.done.back`)}</Button>
              )}
              <Button variant="default" onClick={restart}>
                {t(`${texts}.actions.another`)}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      {step !== 2 && 'href' in back && (
        <Anchor component={Link} to={back.href} size="sm">
          {back.cancelLabel}
        </Anchor>
      )}
    </Stack>
  );
}

function Summary({ texts, result }: { texts: ImportTexts; result: ImportResultBase }) {
  const { t } = useTranslation();
  const items = [
    { label: t(`${texts}.summary.total`), value: result.total },
    { label: t(`${texts}.summary.valid`), value: result.valid },
    { label: t(`${texts}.summary.invalid`), value: result.invalid },
  ];
  return (
    <SimpleGrid cols={3} spacing="md" maw={560}>
      {items.map((item) => (
        <FigureCard key={item.label} value={item.value} label={item.label} size="lg" />
      ))}
    </SimpleGrid>
  );
}
