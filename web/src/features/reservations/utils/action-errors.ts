import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api-client';
import { describeApiError } from '../../../lib/form-errors';

/** Why accepting, declining, collecting or cancelling failed, in a sentence. */
export function actionErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 409) return t('reservations.inbox.alreadyAnswered');
    if (error.status === 403 || error.status === 404) return t('reservations.inbox.notAllowed');
    if (error.status === 400 && error.fields.some((f) => f.path === 'reason')) return t('reservations.inbox.reasonRequired');
  }
  return describeApiError(error, t).formError ?? t('errors.unexpected');
}
