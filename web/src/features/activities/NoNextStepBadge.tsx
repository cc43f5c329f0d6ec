import { Badge } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** An open deal with nothing planned, while the workspace asks every open deal for a next step. */
export function NoNextStepBadge({ size = 'sm' }: { size?: 'xs' | 'sm' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} color="orange" variant="light" leftSection={<IconCalendarOff size={size === 'xs' ? 10 : 12} />} style={{ flexShrink: 0 }} data-testid="no-next-step">
      {t('activities.noNextStep')}
    </Badge>
  );
}
