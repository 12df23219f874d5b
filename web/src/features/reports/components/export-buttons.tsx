import { Alert, Button, Group, Menu, Paper, Progress, Stack, Text } from '@mantine/core';
import { reportBreakdowns, type ReportBreakdown } from '@byg360/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DownloadProgress } from '../../../lib/download';
import { describeApiError } from '../../../lib/form-errors';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { notify } from '../../../lib/notify';
import { useDownloadLotsGeojson } from '../api/download-lots-geojson';
import { useDownloadSupplyDemand, type SavedFile } from '../api/download-supply-demand';
import type { ReportFilters } from '../utils/report-filters';
import classes from './report.module.css';

type Kind = 'csv' | 'xlsx' | 'geojson';

/** Above this a download is worth a progress bar; below it, the button's spinner says enough. */
const SHOW_PROGRESS_AFTER_BYTES = 256 * 1024;

/**
 * CSV (one breakdown), XLSX (all of them, with the factors) and the lots as GeoJSON, downloaded with the
 * session's token; large files show how much has arrived and can be cancelled. Print is the browser's.
 */
export function ExportButtons({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [active, setActive] = useState<Kind | null>(null);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  const done = (file: SavedFile) => notify(t('reports.export.saved', { name: file.filename }));
  const failed = (err: unknown) => {
    if (err instanceof DOMException && err.name === 'AbortError') return;
    setError(describeApiError(err, t).formError);
  };
  const settle = () => {
    setActive(null);
    setProgress(null);
    controller.current = null;
  };
  const report = useDownloadSupplyDemand({ onSuccess: done, onError: failed, onSettled: settle });
  const lots = useDownloadLotsGeojson({ onSuccess: done, onError: failed, onSettled: settle });

  const start = (kind: Kind, breakdown?: ReportBreakdown) => {
    if (active) return;
    setError(null);
    setActive(kind);
    setProgress({ loaded: 0, total: null });
    controller.current = new AbortController();
    const common = { onProgress: setProgress, signal: controller.current.signal };
    if (kind === 'geojson') lots.mutate({ filters, ...common });
    else report.mutate({ filters, format: kind, breakdown, locale: currentLanguage(), ...common });
  };

  const showProgress = active !== null && progress !== null && (progress.loaded >= SHOW_PROGRESS_AFTER_BYTES || (progress.total ?? 0) >= SHOW_PROGRESS_AFTER_BYTES);
  const percent = progress?.total ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : null;
  const kilobytes = format.number((progress?.loaded ?? 0) / 1024, { maximumFractionDigits: 0 });

  return (
    <Stack gap="sm" className={classes.screenOnly}>
      <Group gap="sm" wrap="wrap">
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button variant="default" loading={active === 'csv'} disabled={active !== null && active !== 'csv'}>
              {t('reports.export.csv')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('reports.export.csvBreakdown')}</Menu.Label>
            {reportBreakdowns.map((breakdown) => (
              <Menu.Item key={breakdown} onClick={() => start('csv', breakdown)}>
                {t(`reports.export.breakdowns.${breakdown}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Button variant="default" onClick={() => start('xlsx')} loading={active === 'xlsx'} disabled={active !== null && active !== 'xlsx'}>
          {t('reports.export.xlsx')}
        </Button>
        <Button variant="default" onClick={() => start('geojson')} loading={active === 'geojson'} disabled={active !== null && active !== 'geojson'}>
          {t('reports.export.geojson')}
        </Button>
        <Button onClick={() => window.print()}>{t('reports.export.print')}</Button>
      </Group>

      {showProgress && (
        <Paper withBorder p="sm" radius="md" role="status" maw={520}>
          <Stack gap={6}>
            <Group justify="space-between" gap="sm">
              <Text size="sm" fw={600}>
                {percent === null
                  ? t('reports.export.progressBytes', { kind: t(`reports.export.kinds.${active}`), size: kilobytes })
                  : t('reports.export.progressPercent', { kind: t(`reports.export.kinds.${active}`), percent, size: kilobytes })}
              </Text>
              <Button variant="subtle" size="compact-sm" onClick={() => controller.current?.abort()}>
                {t('reports.export.cancel')}
              </Button>
            </Group>
            <Progress value={percent ?? 100} animated={percent === null} striped={percent === null} aria-label={t('reports.export.progressLabel')} />
          </Stack>
        </Paper>
      )}

      {error && (
        <Alert color="red" variant="light" role="alert" title={t('reports.export.failed')} withCloseButton onClose={() => setError(null)} closeButtonLabel={t('app.close')}>
          {error}
        </Alert>
      )}
    </Stack>
  );
}
