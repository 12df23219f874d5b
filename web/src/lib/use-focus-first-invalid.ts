import { useCallback, useRef } from 'react';

/**
 * After a failed submit, moves focus to the first field marked invalid, in the order the fields are
 * shown, so that keyboard and screen-reader users land on the message (Mantine links it with aria-describedby).
 */
export function useFocusFirstInvalid<T extends HTMLElement = HTMLFormElement>() {
  const ref = useRef<T>(null);
  const focusFirstInvalid = useCallback(() => {
    // Errors render on the next frame, after the form's state update.
    requestAnimationFrame(() => {
      ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  }, []);
  return { ref, focusFirstInvalid };
}
