import { Badge, Group, Text } from '@mantine/core';
import type { SearchHit } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { categoryName, type Language } from '../utils/facets';
import { unitLabel } from '../utils/units';
import classes from './search.module.css';

interface ResultCardProps {
  hit: SearchHit;
  language: Language;
  /** Pointing at or focusing the card shows the lot on the map. */
  onHighlight: (hit: SearchHit | null) => void;
}

/** One lot in the result list; the whole card is the link (the title carries the name). */
export function ResultCard({ hit, language, onHighlight }: ResultCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const unit = unitLabel(hit.unit, t);
  const free = Number(hit.priceDkk) === 0;
  const place = [hit.location.postcode, hit.location.city].filter(Boolean).join(' ');
  return (
    <article
      className={classes.card}
      onMouseEnter={() => onHighlight(hit)}
      onMouseLeave={() => onHighlight(null)}
      onFocus={() => onHighlight(hit)}
      onBlur={() => onHighlight(null)}
    >
      {hit.coverThumbnailUrl ? (
        <img className={classes.thumb} src={hit.coverThumbnailUrl} alt="" loading="lazy" width={72} height={72} />
      ) : (
        <div className={classes.thumbPlaceholder} aria-hidden />
      )}
      <div className={classes.cardBody}>
        <Link to={paths.lot.getHref(hit.id)} className={classes.cardLink}>
          {hit.title}
        </Link>
        <Group gap={6} mt={4} wrap="wrap">
          <Badge variant="light" radius="sm" size="sm">
            {categoryName(hit.category, language)}
          </Badge>
          <Badge variant="outline" color="gray" radius="sm" size="sm">
            {t('search.result.condition', { grade: hit.condition })}
          </Badge>
        </Group>
        <Text size="sm" mt={6}>
          {t('search.result.left', { quantity: format.number(hit.quantityLeft), unit })}
          {' · '}
          <Text span fw={600} size="sm" c={free ? 'moss.8' : undefined}>
            {free ? t('search.result.free') : t('search.result.price', { price: format.dkk(hit.priceDkk), unit })}
          </Text>
        </Text>
        <Text size="sm" c="dimmed">
          {[
            place,
            hit.distanceKm !== null ? t('search.result.distance', { km: format.number(hit.distanceKm, { maximumFractionDigits: 1 }) }) : null,
            hit.pickUpBy ? t('search.result.pickUpBy', { date: format.date(hit.pickUpBy) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </div>
    </article>
  );
}
