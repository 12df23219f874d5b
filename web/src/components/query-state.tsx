import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';
import { describeApiError } from '../lib/form-errors';

/** A spinner with a name, for a section or page that is still loading. */
export function LoadingState({ label, minHeight = 160 }: { label?: string; minHeight?: number }) {
  const { t } = useTranslation();
  return (
    <Center mih={minHeight} role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text size="sm" c="dimmed">
          {label ?? t('app.loading')}
        </Text>
      </Stack>
    </Center>
  );
}

/** Why something could not be loaded, with a way to try again. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const { formError } = describeApiError(error, t);
  return (
    <Alert color="red" variant="light" role="alert" title={title ?? t('pageState.loadFailed')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{formError}</Text>
        {onRetry && (
          <Button variant="default" size="xs" onClick={onRetry}>
            {t('pageState.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** Nothing here yet: a short explanation and, usually, the action that fills it. */
export function EmptyBlock({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Stack gap="sm" align="center" py="xl" px="md" ta="center">
      <Text fw={600} size="lg">
        {title}
      </Text>
      {children && <Text c="dimmed">{children}</Text>}
      {action}
    </Stack>
  );
}
