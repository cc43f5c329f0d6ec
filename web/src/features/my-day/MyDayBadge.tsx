import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useMyDayCounts } from './myDay.api';

/** The sidebar's count next to "My day": what is overdue (red) or due today. */
export function MyDayBadge() {
  const { t } = useTranslation();
  const counts = useMyDayCounts();
  if (!counts.data) return null;
  const { overdue, today } = counts.data;
  const n = overdue + today;
  if (n === 0) return null;
  return (
    <Badge size="sm" circle={n < 10} color={overdue > 0 ? 'red' : 'blue'} variant={overdue > 0 ? 'filled' : 'light'} aria-label={t('myDay.badge', { overdue, today })} data-testid="my-day-badge">
      {formatNumber(n)}
    </Badge>
  );
}
