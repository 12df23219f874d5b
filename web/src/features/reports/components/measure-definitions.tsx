import { measureDefinitions, reportMeasures } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import classes from './report.module.css';

/** What each column counts: the server's own definitions, so that screen and export say the same. */
export function MeasureDefinitions() {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <dl className={classes.definitions}>
      {reportMeasures.map((measure) => (
        <div key={measure} style={{ display: 'contents' }}>
          <dt>{t(`reports.measures.${measure}`)}</dt>
          <dd>{withoutLeadingName(measureDefinitions[measure][language])}</dd>
        </div>
      ))}
      <dt>{t('reports.table.reuseRate')}</dt>
      <dd>{t('reports.definitions.reuseRate')}</dd>
      <dt>{t('reports.definitions.tonnesTitle')}</dt>
      <dd>{t('reports.definitions.tonnes')}</dd>
      <dt>{t('reports.definitions.co2eTitle')}</dt>
      <dd>{t('reports.definitions.co2e')}</dd>
    </dl>
  );
}

/** "Listed: quantity of …" → "Quantity of …": the term is already in the <dt>. */
function withoutLeadingName(text: string): string {
  const colon = text.indexOf(': ');
  if (colon < 0 || colon > 40) return text;
  const rest = text.slice(colon + 2);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
