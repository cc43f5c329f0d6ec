import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DealStatus } from './deals.api';

const COLOR: Record<DealStatus, string> = { open: 'blue', won: 'green', lost: 'red' };

/** Whether a deal is open, won or lost. */
export function DealStatusBadge({ status, size = 'sm' }: { status: DealStatus; size?: 'sm' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" size={size} style={{ width: 'max-content', flexShrink: 0 }} data-testid="deal-status">
      {t(`deals.status.${status}`)}
    </Badge>
  );
}
