import { Badge, Group, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activityLook } from './kinds';
import { useKindName } from './kindChoices';

/** Planned, overdue or done. */
export function ActivityStatusBadge({ status, overdue, size = 'sm' }: { status: string; overdue?: boolean; size?: 'sm' | 'lg' }) {
  const { t } = useTranslation();
  const color = status === 'done' ? 'green' : overdue ? 'red' : 'blue';
  return (
    <Badge color={color} variant="light" size={size} style={{ width: 'max-content', flexShrink: 0 }} data-testid="activity-status">
      {overdue && status !== 'done' ? t('activities.overdue') : t(`activities.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** A kind's icon and its name. */
export function ActivityKind({ kind, name }: { kind: string; name?: string | null }) {
  const nameOf = useKindName();
  const look = activityLook(kind);
  const KindIcon = look.icon;
  return (
    <Group gap={6} wrap="nowrap">
      <ThemeIcon variant="light" color={look.color} radius="xl" size={22} aria-hidden>
        <KindIcon size={13} />
      </ThemeIcon>
      <span>{name ?? nameOf(kind)}</span>
    </Group>
  );
}
