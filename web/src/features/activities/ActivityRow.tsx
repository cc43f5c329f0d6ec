import { Anchor, Badge, Checkbox, Group, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { recordPath } from '../../records/registry';
import { formatDue, type DueChange } from './dueText';
import { activityLook } from './kinds';
import { RescheduleMenu } from './RescheduleMenu';
import { useKindName } from './kindChoices';

/** What a row shows of a planned (or done) activity. */
export interface ActivityRowItem {
  id: string;
  kind: string;
  kindName?: string | null;
  title: string;
  status: string;
  priority?: string;
  dueAt: string | null;
  allDay: boolean;
  dueDay: string | null;
  owner?: { id: string; name: string } | null;
  links: Array<{ entityType: string; id: string; name: string }>;
  canEdit: boolean;
}

interface ActivityRowProps {
  item: ActivityRowItem;
  /** Only the time for items of today. */
  shortDue?: boolean;
  overdue?: boolean;
  showOwner?: boolean;
  onComplete: () => void;
  onMove: (due: DueChange) => void;
  pending?: boolean;
}

/** One planned activity: tick it done, move it, open it or its records. */
export function ActivityRow({ item, shortDue, overdue, showOwner, onComplete, onMove, pending }: ActivityRowProps) {
  const { t } = useTranslation();
  const nameOf = useKindName();
  const me = useCurrentUser();
  const look = activityLook(item.kind);
  const KindIcon = look.icon;
  const done = item.status === 'done';
  const kindName = item.kindName ?? nameOf(item.kind);
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" data-testid="activity-row" data-activity-id={item.id}>
      <Tooltip label={done ? t('activities.done') : t('activities.complete')}>
        <Checkbox
          mt={6}
          checked={done}
          disabled={!item.canEdit || done || pending}
          onChange={() => onComplete()}
          aria-label={t('activities.completeFor', { title: item.title })}
          data-testid="complete-activity"
        />
      </Tooltip>
      <ThemeIcon variant="light" color={look.color} radius="xl" size={30} role="img" aria-label={kindName} mt={2}>
        <KindIcon size={16} />
      </ThemeIcon>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={recordPath('activity', item.id)} size="sm" fw={600} truncate td={done ? 'line-through' : undefined}>
            {item.title}
          </Anchor>
          {item.priority === 'high' ? (
            <Badge size="xs" color="red" variant="light" style={{ flexShrink: 0 }}>
              {t('activities.priority.high')}
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c={overdue ? 'red' : 'dimmed'} data-testid="activity-due">
          {item.dueAt || item.dueDay ? formatDue(item, me.timeZone, shortDue) : t('activities.noDue')}
          {item.allDay && shortDue ? ` · ${t('activities.fields.allDay')}` : ''}
          {showOwner && item.owner ? ` · ${item.owner.name}` : ''}
        </Text>
        {item.links.length ? (
          <Group gap={8} wrap="wrap">
            {item.links.map((link) => (
              <Anchor key={`${link.entityType}:${link.id}`} component={Link} to={recordPath(link.entityType, link.id)} size="xs" c="dimmed" truncate maw={220}>
                {link.name}
              </Anchor>
            ))}
          </Group>
        ) : null}
      </Stack>
      {item.canEdit && !done ? <RescheduleMenu due={item} title={item.title} onMove={onMove} disabled={pending} /> : null}
    </Group>
  );
}
