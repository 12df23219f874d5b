import { Alert, Stack, type MantineSpacing } from '@mantine/core';
import type { FormEventHandler, ReactNode, Ref } from 'react';

interface FormFrameProps {
  ref?: Ref<HTMLFormElement>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The error that belongs to no field (the server's, or the network's), shown above the fields. */
  error: string | null;
  gap?: MantineSpacing;
  children: ReactNode;
}

/** A form whose fields say what is wrong themselves, so the browser's own validation bubbles are off. */
export function FormFrame({ ref, onSubmit, error, gap = 'lg', children }: FormFrameProps) {
  return (
    <form ref={ref} onSubmit={onSubmit} noValidate>
      <Stack gap={gap}>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        {children}
      </Stack>
    </form>
  );
}
