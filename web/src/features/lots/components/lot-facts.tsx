import type { Lot } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { FactList, type Fact } from '../../../components/fact-list';
import { useFormat } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { categoryName } from '../utils/categories';
import { unitLabel } from '../utils/units';

/** Everything a buyer needs to judge a lot, as a description list. */
export function LotFacts({ lot }: { lot: Lot }) {
  const { t } = useTranslation();
  const format = useFormat();
  const unit = unitLabel(lot.unit, t);
  const rows: Fact[] = [
    [t('lots.facts.category'), categoryName(lot.category, currentLanguage())],
    [t('lots.facts.quantity'), `${format.number(lot.quantity)} ${unit}`],
    [t('lots.facts.left'), `${format.number(lot.quantityLeft)} ${unit}`],
    [t('lots.facts.condition'), `${t(`lots.conditions.${lot.condition}.label`)}: ${t(`lots.conditions.${lot.condition}.description`)}`],
    [t('lots.facts.price'), Number(lot.priceDkk) === 0 ? t('lots.free') : t('lots.pricePerUnit', { price: format.dkk(lot.priceDkk), unit })],
  ];
  if (lot.dimensions) rows.push([t('lots.facts.dimensions'), lot.dimensions]);
  if (lot.availableFrom) rows.push([t('lots.facts.availableFrom'), format.date(lot.availableFrom)]);
  if (lot.pickUpBy) rows.push([t('lots.facts.pickUpBy'), format.date(lot.pickUpBy)]);
  rows.push([t('lots.facts.location'), [lot.location.postcode, lot.location.city].filter(Boolean).join(' ')]);
  if (lot.category.ewcCode) rows.push([t('lots.facts.ewcCode'), lot.category.ewcCode]);

  return (
    <FactList facts={rows} />
  );
}

/** What the lot was tested for and anything else the contractor noted about hazardous substances. */
export function LotHazard({ lot }: { lot: Lot }) {
  const { t } = useTranslation();
  const { testedFree, reportRef, note } = lot.hazard;
  const rows: Fact[] = [
    [
      t('lots.facts.testedFree'),
      testedFree.length > 0 ? testedFree.map((substance) => t(`lots.substances.${substance}`)).join(', ') : t('lots.facts.notTested'),
    ],
  ];
  if (reportRef) rows.push([t('lots.facts.reportRef'), reportRef]);
  if (note) rows.push([t('lots.facts.hazardNote'), note]);
  return (
    <FactList facts={rows} />
  );
}
