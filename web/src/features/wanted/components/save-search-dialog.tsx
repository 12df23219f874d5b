import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { SearchFiltersInput } from '@byg360/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateField } from '../../../components/date-field';
import { toDanishWallTime } from '../../../lib/copenhagen-time';
import { describeApiError } from '../../../lib/form-errors';
import { useFormat } from '../../../lib/format';
import { notify } from '../../../lib/notify';
import { useCreateWanted } from '../api/create-wanted';

export interface SavedSearchPlace {
  lat: number;
  lon: number;
  radiusKm: number;
}

interface SaveSearchDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The map page's filters, area included. */
  search: SearchFiltersInput;
  /** Where the alert applies: the map's view or "near me"; null asks for a postcode. */
  place: SavedSearchPlace | null;
  /** What the search is, in words ("»mursten«", "Mursten", "Stand B"), for the summary. */
  summary: string[];
  suggestedTitle: string;
  /** Where the user's saved searches are listed. */
  myListHref: string;
}

/**
 * Saves the current search as a wanted post: new lots that match it alert the user (in the app
 * and by e-mail). It also counts as demand for the municipality.
 */
export function SaveSearchDialog({ opened, onClose, search, place, summary, suggestedTitle, myListHref }: SaveSearchDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [title, setTitle] = useState(suggestedTitle);
  const [neededBy, setNeededBy] = useState('');
  const [postcode, setPostcode] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const today = toDanishWallTime(Date.now()).slice(0, 10);
  const create = useCreateWanted({
    onSuccess: () => {
      notify(t('wanted.save.saved'));
      onClose();
    },
    onError: (error) => {
      const display = describeApiError(error, t, { fields: ['title', 'neededBy', 'postcode'] });
      setErrors(display.fieldErrors);
      setFormError(display.formError);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const trimmed = title.trim();
    if (trimmed && trimmed.length < 3) next.title = t('errors.tooShort', { count: 3 });
    if (!place && !/^\d{4}$/.test(postcode.trim())) next.postcode = postcode.trim() ? t('wanted.errors.postcode') : t('errors.required');
    if (neededBy && neededBy < today) next.neededBy = t('wanted.errors.neededByPast');
    setErrors(next);
    setFormError(null);
    if (Object.keys(next).length > 0) return;
    create.mutate({
      search,
      title: trimmed || null,
      neededBy: neededBy || null,
      ...(place ? { lat: place.lat, lon: place.lon, radiusKm: place.radiusKm } : { postcode: postcode.trim() }),
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('wanted.save.title')} closeButtonProps={{ 'aria-label': t('app.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('wanted.save.intro')}</Text>
          {summary.length > 0 && (
            <List size="sm" spacing={2}>
              {summary.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          )}
          {place ? (
            <Text size="sm" c="dimmed">
              {t('wanted.save.area', { km: format.number(place.radiusKm) })}
            </Text>
          ) : (
            <TextInput
              label={t('wanted.fields.postcode')}
              description={t('wanted.save.postcodeHint')}
              inputMode="numeric"
              maxLength={4}
              required
              value={postcode}
              onChange={(event) => setPostcode(event.currentTarget.value)}
              error={errors.postcode}
            />
          )}
          <TextInput
            label={t('wanted.save.name')}
            description={t('wanted.save.nameHint')}
            maxLength={200}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
            data-autofocus
          />
          <DateField
            label={t('wanted.fields.neededBy')}
            description={t('wanted.save.neededByHint')}
            min={today}
            value={neededBy}
            onChange={setNeededBy}
            error={errors.neededBy}
          />
          {formError && (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          )}
          <Text size="xs" c="dimmed">
            {t('wanted.save.manage')}{' '}
            <Link to={myListHref}>{t('wanted.save.manageLink')}</Link>
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('wanted.form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('wanted.save.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
