import { useTranslation } from 'react-i18next';
import { chartMeasures, measureColours } from '../utils/report-data';
import classes from './report.module.css';

/** The charts' key, as text beside them (also in print, and for screen readers). */
export function MeasureLegend() {
  const { t } = useTranslation();
  return (
    <ul className={classes.legend} aria-label={t('reports.charts.legend')}>
      {chartMeasures.map((measure) => (
        <li key={measure}>
          <span className={classes.swatch} style={{ background: measureColours[measure] }} aria-hidden />
          {t(`reports.measures.${measure}`)}
        </li>
      ))}
    </ul>
  );
}
