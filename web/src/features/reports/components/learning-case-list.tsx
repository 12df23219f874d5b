import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { LearningCase } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyBlock } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { figureDigits, useReportFormat } from '../utils/report-format';

/** One card per completed demolition, newest first, each leading to its page. */
export function LearningCaseList({ projects }: { projects: readonly LearningCase[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reportFormat = useReportFormat();
  const tonnes = (value: string) => format.number(value, { maximumFractionDigits: figureDigits(Number(value)) });
  if (projects.length === 0) return <EmptyBlock title={t('learningCases.emptyTitle')}>{t('learningCases.emptyBody')}</EmptyBlock>;
  const sorted = [...projects].sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {sorted.map((project) => (
        <Paper key={project.id} withBorder p="lg" radius="md" component="article">
          <Stack gap="xs">
            <Title order={3} size="h4">
              <Anchor component={Link} to={paths.reports.learningCase.getHref(project.id)} inherit>
                {project.title}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed">
              {[project.address, [project.postcode, project.city].filter(Boolean).join(' ')].join(', ')} · {project.organisation.name}
            </Text>
            <Group gap="xs">
              {project.completedAt && <Badge variant="light">{t('learningCases.completed', { date: format.date(project.completedAt) })}</Badge>}
              {project.constructionYear && <Badge variant="light" color="gray">{t('learningCases.built', { year: project.constructionYear })}</Badge>}
            </Group>
            <Text size="sm">
              {t('learningCases.cardSummary', {
                harvested: tonnes(project.harvestedT),
                reused: tonnes(project.reusedT),
                rate: reportFormat.rate(project.reuseRate),
                co2e: tonnes(project.reusedTCo2e),
              })}
            </Text>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
