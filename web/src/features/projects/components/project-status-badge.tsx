import { Badge } from '@mantine/core';
import type { ProjectStatus } from '@byg360/shared';
import { useTranslation } from 'react-i18next';

const colours: Record<ProjectStatus, string> = { planned: 'blue', active: 'moss', completed: 'gray' };

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status]} variant="light" radius="sm" style={{ flexShrink: 0, minWidth: 'max-content' }}>
      {t(`projects.status.${status}`)}
    </Badge>
  );
}
