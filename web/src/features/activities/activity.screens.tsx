import { Anchor, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { defineScreens, type Choice, type ChoiceField } from '../../records/screens';
import { recordPath } from '../../records/registry';
import { dash, type ColumnDef } from '../clients/columns';
import { ACTIVITY_STATUSES, fetchActivity, type Activity, type ActivityListItem } from './activities.api';
import { ActivityForm } from './ActivityForm';
import { ActivityKind, ActivityStatusBadge } from './ActivityBadges';
import { ActivityTop } from './ActivityTop';
import { formatDue } from './dueText';
import { useKindChoices } from './kindChoices';

const nowrap = { whiteSpace: 'nowrap' } as const;

function link(entityType: string, ref: { id: string; name: string } | null) {
  return ref ? (
    <Anchor component={Link} to={recordPath(entityType, ref.id)} size="sm" onClick={(event) => event.stopPropagation()}>
      {ref.name}
    </Anchor>
  ) : (
    dash
  );
}

function columns(t: TFunction, timeZone: string): ColumnDef<ActivityListItem>[] {
  return [
    { key: 'kind', label: t('activities.fields.kind'), sortable: false, render: (item) => <ActivityKind kind={item.kind} /> },
    { key: 'status', label: t('activities.fields.status'), sortable: false, render: (item) => <ActivityStatusBadge status={item.status} overdue={item.overdue} /> },
    { key: 'dueAt', label: t('activities.fields.dueAt'), render: (item) => (item.dueAt || item.dueDay ? <span style={nowrap}>{formatDue(item, timeZone)}</span> : dash) },
    { key: 'deal', label: t('activities.fields.deal'), sortable: false, render: (item) => link('deal', item.deal) },
    { key: 'contact', label: t('activities.fields.contact'), sortable: false, render: (item) => link('contact', item.contact) },
    { key: 'company', label: t('activities.fields.company'), sortable: false, render: (item) => link('company', item.company) },
    { key: 'owner', label: t('activities.fields.owner'), sortable: false, render: (item) => item.owner.name },
    { key: 'priority', label: t('activities.fields.priority'), sortable: false, render: (item) => t(`activities.priority.${item.priority}`) },
    { key: 'result', label: t('activities.fields.result'), sortable: false, render: (item) => (item.result ? <Text size="sm" lineClamp={1}>{item.result}</Text> : dash) },
    { key: 'doneAt', label: t('activities.fields.doneAt'), render: (item) => (item.doneAt ? <span style={nowrap}>{formatDateTime(item.doneAt, timeZone)}</span> : dash) },
    { key: 'createdAt', label: t('clients.fields.createdAt'), render: (item) => <span style={nowrap}>{formatDateTime(item.createdAt, timeZone)}</span> },
    { key: 'updatedAt', label: t('clients.fields.updatedAt'), render: (item) => <span style={nowrap}>{formatDateTime(item.updatedAt, timeZone)}</span> },
  ];
}

const KIND: ChoiceField = { label: (t) => t('activities.fields.kind'), choices: () => [], useChoices: () => useKindChoices() };
const STATUS: ChoiceField = {
  label: (t) => t('activities.fields.status'),
  choices: (t) => ACTIVITY_STATUSES.map((value): Choice => ({ value, label: t(`activities.status.${value}`) })),
};

/** An activity's own parts of the generic list, card and form. */
export default defineScreens<ActivityListItem, Activity>({
  title: (item) => item.title,
  list: {
    columns,
    defaultColumns: ['kind', 'status', 'dueAt', 'deal', 'contact', 'owner'],
    subtitle: (item) => item.company?.name ?? null,
    cardDetails: (item) => (
      <Group gap="xs" wrap="nowrap">
        <ActivityKind kind={item.kind} />
        <ActivityStatusBadge status={item.status} overdue={item.overdue} />
      </Group>
    ),
  },
  paramFilters: { kind: KIND, status: STATUS },
  fetch: fetchActivity,
  card: {
    subtitle: (activity) => [activity.deal?.name, activity.contact?.name, activity.company?.name].filter(Boolean).join(' · ') || null,
    badge: (activity) => <ActivityStatusBadge status={activity.status} overdue={activity.overdue} size="lg" />,
    rows: (t, activity, timeZone) => [
      { key: 'kind', label: t('activities.fields.kind'), value: <ActivityKind kind={activity.kind} /> },
      { key: 'dueAt', label: activity.kind === 'meeting' ? t('activities.fields.startsAt') : t('activities.fields.dueAt'), value: activity.dueAt || activity.dueDay ? <span data-testid="activity-due-value">{formatDue(activity, timeZone)}</span> : null },
      { key: 'endsAt', label: t('activities.fields.endsAt'), value: activity.endsAt ? formatDateTime(activity.endsAt, timeZone) : null },
      { key: 'place', label: t('activities.fields.place'), value: activity.place },
      { key: 'participants', label: t('activities.fields.participants'), value: activity.participants.length ? activity.participants.map((p) => p.name).join(', ') : null },
      { key: 'direction', label: t('activities.fields.direction'), value: activity.direction ? t(`activities.direction.${activity.direction}`) : null },
      { key: 'duration', label: t('activities.fields.durationMinutes'), value: activity.durationSeconds != null ? formatNumber(Math.round(activity.durationSeconds / 60)) : null },
      { key: 'priority', label: t('activities.fields.priority'), value: activity.status === 'planned' ? t(`activities.priority.${activity.priority}`) : null },
      { key: 'reminder', label: t('activities.fields.reminder'), value: activity.remindAt ? formatDateTime(activity.remindAt, timeZone) : null },
      { key: 'recurrence', label: t('activities.fields.recurrence'), value: activity.recurrence ? t(`activities.recurrence.${activity.recurrence.every}`) : null },
      { key: 'deal', label: t('activities.fields.deal'), value: activity.deal ? link('deal', activity.deal) : null },
      { key: 'contact', label: t('activities.fields.contact'), value: activity.contact ? link('contact', activity.contact) : null },
      { key: 'company', label: t('activities.fields.company'), value: activity.company ? link('company', activity.company) : null },
      { key: 'doneAt', label: t('activities.fields.doneAt'), value: activity.doneAt ? formatDateTime(activity.doneAt, timeZone) : null },
      { key: 'result', label: t('activities.fields.result'), value: activity.result ? <span style={{ whiteSpace: 'pre-wrap' }}>{activity.result}</span> : null },
      { key: 'body', label: t('activities.fields.body'), value: activity.body ? <span style={{ whiteSpace: 'pre-wrap' }}>{activity.body}</span> : null },
    ],
    Top: ActivityTop,
  },
  Form: ActivityForm,
});
