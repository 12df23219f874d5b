import { Badge } from '@mantine/core';
import type { LotStatus } from '@byg360/shared';
import { useTranslation } from 'react-i18next';

const colours: Record<LotStatus, string> = { draft: 'gray', published: 'moss', closed: 'dark' };

export function LotStatusBadge({ status }: { status: LotStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status]} variant={status === 'published' ? 'filled' : 'light'} radius="sm" style={{ flexShrink: 0, minWidth: 'max-content' }}>
      {t(`lots.status.${status}`)}
    </Badge>
  );
}
