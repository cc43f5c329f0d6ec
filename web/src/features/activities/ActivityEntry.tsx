import { Anchor, Group, Paper, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { formatDateTime, formatRelativeTime } from '../../i18n/format';
import { recordPath } from '../../records/registry';
import type { TimelineItem } from '../timeline/timeline.api';
import { formatDue } from './dueText';
import { activityLook } from './kinds';
import { useKindName } from './kindChoices';
import { dayInZone } from './zonedTime';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * An activity on a record's timeline (the item mirrors it, `data.activityId`): its kind's icon, who
 * logged or planned it, its subject (a link to its card), when it is due, and its text and result.
 */
export function ActivityEntry({ item }: { item: TimelineItem }) {
  const { t } = useTranslation();
  const nameOf = useKindName();
  const me = useCurrentUser();
  const data = item.data ?? {};
  const kind = text(data.kind);
  const look = activityLook(kind);
  const KindIcon = look.icon;
  const planned = data.status === 'planned';
  const author = item.author?.name ?? t('timeline.system');
  const kindName = nameOf(kind);
  const activityId = text(data.activityId);
  const dueAt = text(data.dueAt) || null;
  const allDay = data.allDay === true;
  const result = text(data.result);
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap" data-testid="timeline-entry" data-kind="activity">
      <ThemeIcon variant="light" color={look.color} radius="xl" size={32} aria-hidden>
        <KindIcon size={16} />
      </ThemeIcon>
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" style={{ minWidth: 0 }}>
            {t(planned ? 'activities.timeline.planned' : 'activities.timeline.done', { author, kind: kindName.toLocaleLowerCase() })}
            {': '}
            {activityId ? (
              <Anchor component={Link} to={recordPath('activity', activityId)} size="sm" fw={600}>
                {text(data.title)}
              </Anchor>
            ) : (
              text(data.title)
            )}
            {planned && dueAt ? (
              <Text span size="sm" c="dimmed">
                {' · '}
                {t('activities.timeline.due', { due: formatDue({ dueAt, allDay, dueDay: allDay ? text(data.dueDay) || dayInZone(dueAt, me.workspace.timeZone) : null }, me.timeZone) })}
              </Text>
            ) : null}
          </Text>
          <Tooltip label={formatDateTime(item.occurredAt, me.timeZone)}>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
              {formatRelativeTime(item.occurredAt)}
            </Text>
          </Tooltip>
        </Group>
        {item.body || result ? (
          <Paper p="xs" radius="sm" bg="var(--mantine-color-default-hover)">
            {item.body ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {item.body}
              </Text>
            ) : null}
            {result ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                <Text span fw={600} size="sm">
                  {t('activities.fields.result')}:{' '}
                </Text>
                {result}
              </Text>
            ) : null}
          </Paper>
        ) : null}
      </Stack>
    </Group>
  );
}
