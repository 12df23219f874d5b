import { notifications } from '@mantine/notifications';
import { i18n } from './i18n';

/** A short confirmation that disappears by itself; the close button gets a label in the current language. */
export function notify(message: string, { tone = 'success' }: { tone?: 'success' | 'error' } = {}): void {
  notifications.show({
    message,
    color: tone === 'error' ? 'red' : 'moss',
    autoClose: tone === 'error' ? 8000 : 4000,
    closeButtonProps: { 'aria-label': i18n.t('app.close') },
  });
}
