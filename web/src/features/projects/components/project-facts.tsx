import type { Project } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { FactList, type Fact } from '../../../components/fact-list';
import { useFormat } from '../../../lib/format';

/** The project's address, building and harvest window. */
interface ListStyle {
  /** Narrow columns need a narrower label column. */
  labelWidth?: number;
}

export function ProjectFacts({ project, municipalityName, labelWidth = 170 }: { project: Project; municipalityName?: string | undefined } & ListStyle) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: Fact[] = [
    [t('projects.facts.address'), `${project.address}, ${project.postcode} ${project.city ?? ''}`.trim()],
    [t('projects.facts.municipality'), municipalityName ?? project.municipalityCode],
    [t('projects.facts.buildingUse'), t(`projects.buildingUses.${project.buildingUse}`)],
  ];
  if (project.constructionYear !== null) rows.push([t('projects.facts.constructionYear'), String(project.constructionYear)]);
  if (project.floorAreaM2 !== null) rows.push([t('projects.facts.floorArea'), `${format.number(project.floorAreaM2, { maximumFractionDigits: 1 })} m²`]);
  rows.push([
    t('projects.facts.harvestWindow'),
    project.harvestFrom || project.harvestTo
      ? t('projects.facts.harvestRange', {
          from: project.harvestFrom ? format.date(project.harvestFrom) : '…',
          to: project.harvestTo ? format.date(project.harvestTo) : '…',
        })
      : t('projects.facts.harvestUnknown'),
  ]);
  return (
    <FactList facts={rows} labelWidth={labelWidth} />
  );
}

/** The mandatory screening for hazardous substances: whether it was done, when, and what it found. */
export function ProjectScreening({ project, labelWidth = 170 }: { project: Project } & ListStyle) {
  const { t } = useTranslation();
  const format = useFormat();
  const { screening } = project;
  const found = (['asbestos', 'pcb', 'lead'] as const).filter((substance) => screening.findings[substance]);
  const rows: Fact[] = [
    [t('projects.screening.status'), screening.done && screening.date ? t('projects.screening.doneOn', { date: format.date(screening.date) }) : t('projects.screening.notDone')],
  ];
  if (screening.done) {
    rows.push([
      t('projects.screening.findings'),
      found.length > 0 || screening.findings.other
        ? [...found.map((substance) => t(`projects.findings.${substance}`)), screening.findings.other].filter(Boolean).join(', ')
        : t('projects.screening.nothingFound'),
    ]);
    if (screening.reportRef) rows.push([t('projects.screening.report'), screening.reportRef]);
  }
  return (
    <FactList facts={rows} labelWidth={labelWidth} />
  );
}
