import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactStatus } from './clientTypes';

const COLOR: Record<ContactStatus, string> = { lead: 'yellow', client: 'green', former_client: 'gray' };

/** A contact's status as a coloured badge. */
export function StatusBadge({ status, size = 'sm' }: { status: ContactStatus; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status] ?? 'gray'} variant="light" size={size} style={{ width: 'max-content', flexShrink: 0 }}>
      {t(`clients.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
