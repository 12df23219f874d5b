import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Project } from '@byg360/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { ProjectStatusBadge } from './project-status-badge';
import classes from './project-list.module.css';

const statusOrder = { active: 0, planned: 1, completed: 2 } as const;

/** The organisation's projects as cards: status, place, harvest window and how many lots are in each state. */
export function ProjectList({ projects }: { projects: readonly Project[] }) {
  const sorted = [...projects].sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || b.updatedAt.localeCompare(a.updatedAt));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" component="ul" className={classes.list}>
      {sorted.map((project) => (
        <li key={project.id}>
          <ProjectCard project={project} />
        </li>
      ))}
    </SimpleGrid>
  );
}

function ProjectCard({ project }: { project: Project }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder radius="md" padding="lg" className={classes.card}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Anchor component={Link} to={paths.workspace.project.getHref(project.id)} fw={700} size="lg" className={classes.title}>
            {project.title}
          </Anchor>
          <ProjectStatusBadge status={project.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {project.address}, {project.postcode} {project.city}
        </Text>
        {(project.harvestFrom || project.harvestTo) && (
          <Text size="sm">
            {t('projects.facts.harvestRange', {
              from: project.harvestFrom ? format.date(project.harvestFrom) : '…',
              to: project.harvestTo ? format.date(project.harvestTo) : '…',
            })}
          </Text>
        )}
        <Group gap="lg" mt="auto" pt="xs" className={classes.counts}>
          <Count label={t('lots.statusPlural.draft')} value={project.counts.draft} />
          <Count label={t('lots.statusPlural.published')} value={project.counts.published} />
          <Count label={t('lots.statusPlural.closed')} value={project.counts.closed} />
          {project.reuseRate !== null && <Count label={t('projects.reuseRate')} value={format.percent(project.reuseRate)} />}
        </Group>
      </Stack>
    </Card>
  );
}

function Count({ label, value }: { label: string; value: number | string }) {
  return (
    <div>
      <Text fw={700} size="xl" lh={1.1}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </div>
  );
}
