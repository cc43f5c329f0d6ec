import { Anchor, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { formatDateTime, formatMoney, formatShortDate } from '../../i18n/format';
import { defineScreens, type Choice, type ChoiceField } from '../../records/screens';
import { recordPath } from '../../records/registry';
import { dash, type ColumnDef } from '../clients/columns';
import { formatDay } from '../clients/formatDay';
import { TagList } from '../clients/TagList';
import { NoNextStepBadge } from '../activities/NoNextStepBadge';
import { BoardLink } from './BoardLink';
import { DealForm } from './DealForm';
import { DealSections } from './DealSections';
import { DealTop } from './DealTop';
import { DEAL_STATUSES, fetchDeal, usePipelines, type Deal, type DealListItem } from './deals.api';
import { StageBadge } from './StageBadge';
import { activeStages } from './stages';
import { DealStatusBadge } from './StatusBadge';

const nowrap = { whiteSpace: 'nowrap' } as const;

function money(item: DealListItem) {
  return <span style={nowrap}>{(item.amount === undefined ? '—' : formatMoney(item.amount, item.currency))}</span>;
}

function columns(t: TFunction, timeZone: string): ColumnDef<DealListItem>[] {
  const time = (value: string | null) => (value ? <span style={nowrap}>{formatShortDate(value, timeZone)}</span> : dash);
  return [
    { key: 'stage', label: t('deals.fields.stage'), sortable: false, render: (item) => <StageBadge stage={item.stage} /> },
    { key: 'amount', label: t('deals.fields.amount'), render: money },
    { key: 'client', label: t('deals.fields.client'), sortable: false, render: (item) => item.company?.name ?? item.firstPerson?.name ?? dash },
    { key: 'owner', label: t('clients.fields.owner'), sortable: false, render: (item) => item.owner.name },
    { key: 'expectedClose', label: t('deals.fields.expectedClose'), render: (item) => (item.expectedClose ? <span style={nowrap}>{formatDay(item.expectedClose)}</span> : dash) },
    {
      key: 'status',
      label: t('deals.fields.status'),
      sortable: false,
      render: (item) => (
        <Group gap={4} wrap="nowrap">
          <DealStatusBadge status={item.status} />
          {item.noNextStep ? <NoNextStepBadge size="xs" /> : null}
        </Group>
      ),
    },
    { key: 'pipeline', label: t('deals.fields.pipeline'), sortable: false, render: (item) => item.pipeline.name },
    { key: 'tags', label: t('clients.fields.tags'), sortable: false, render: (item) => (item.tags.length ? <TagList tags={item.tags} max={3} nowrap /> : dash) },
    { key: 'source', label: t('clients.fields.source'), sortable: false, render: (item) => item.source ?? dash },
    { key: 'lostReason', label: t('deals.fields.lostReason'), sortable: false, render: (item) => item.lostReason?.name ?? dash },
    { key: 'wonAt', label: t('deals.fields.wonAt'), render: (item) => time(item.wonAt) },
    { key: 'lastActivityAt', label: t('clients.fields.lastActivityAt'), render: (item) => time(item.lastActivityAt) },
    { key: 'createdAt', label: t('clients.fields.createdAt'), render: (item) => time(item.createdAt) },
    { key: 'updatedAt', label: t('clients.fields.updatedAt'), render: (item) => time(item.updatedAt) },
  ];
}

function usePipelineChoices(): Choice[] {
  const pipelines = usePipelines();
  return (pipelines.data ?? []).filter((p) => !p.retired).map((p) => ({ value: p.id, label: p.name }));
}

function useStageChoices(): Choice[] {
  const pipelines = usePipelines();
  const active = (pipelines.data ?? []).filter((p) => !p.retired);
  // With several pipelines a stage says whose it is ("Sales · Proposal sent").
  return active.flatMap((p) => activeStages(p).map((stage) => ({ value: stage.id, label: active.length > 1 ? `${p.name} · ${stage.name}` : stage.name })));
}

const PIPELINE: ChoiceField = { label: (t) => t('deals.fields.pipeline'), choices: () => [], useChoices: usePipelineChoices };
const STAGE: ChoiceField = { label: (t) => t('deals.fields.stage'), choices: () => [], useChoices: useStageChoices };
const STATUS: ChoiceField = {
  label: (t) => t('deals.fields.status'),
  choices: (t) => DEAL_STATUSES.map((value) => ({ value, label: t(`deals.status.${value}`) })),
};
const NEXT_STEP: ChoiceField = { label: (t) => t('activities.nextStep'), choices: (t) => [{ value: '1', label: t('activities.noNextStep') }] };

/** A deal's own parts of the generic list, card and form. */
export default defineScreens<DealListItem, Deal>({
  title: (item) => item.title,
  list: {
    columns,
    defaultColumns: ['stage', 'amount', 'client', 'owner', 'expectedClose', 'status'],
    subtitle: () => null,
    cardDetails: (item) => (
      <>
        <Group gap="xs" wrap="nowrap">
          <StageBadge stage={item.stage} />
          <Text size="sm" fw={600}>
            {(item.amount === undefined ? '—' : formatMoney(item.amount, item.currency))}
          </Text>
        </Group>
        {item.company || item.firstPerson ? (
          <Text size="sm" c="dimmed" truncate>
            {item.company?.name ?? item.firstPerson?.name}
          </Text>
        ) : null}
      </>
    ),
    Actions: BoardLink,
  },
  paramFilters: { pipelineId: PIPELINE, stageId: STAGE, status: STATUS, noNextStep: NEXT_STEP },
  fetch: fetchDeal,
  card: {
    subtitle: (deal) => [deal.company?.name, deal.people[0]?.contact.name].filter(Boolean).join(' · ') || null,
    badge: (deal) => (
      <Group gap="xs">
        <DealStatusBadge status={deal.status} size="lg" />
        {deal.noNextStep ? <NoNextStepBadge size="lg" /> : null}
      </Group>
    ),
    rows: (t, deal, timeZone) => [
      { key: 'amount', label: t('deals.fields.amount'), value: <span data-testid="deal-amount-value">{(deal.amount === undefined ? '—' : formatMoney(deal.amount, deal.currency))}</span> },
      { key: 'stage', label: t('deals.fields.stage'), value: <StageBadge stage={deal.stage} /> },
      { key: 'pipeline', label: t('deals.fields.pipeline'), value: deal.pipeline.name },
      { key: 'expectedClose', label: t('deals.fields.expectedClose'), value: deal.expectedClose ? <span data-testid="deal-expected-close">{formatDay(deal.expectedClose)}</span> : null },
      {
        key: 'company',
        label: t('deals.fields.company'),
        value: deal.company ? (
          <Anchor component={Link} to={recordPath('company', deal.company.id)} size="sm">
            {deal.company.name}
          </Anchor>
        ) : null,
      },
      { key: 'wonAt', label: t('deals.fields.wonAt'), value: deal.wonAt ? formatDateTime(deal.wonAt, timeZone) : null },
      { key: 'lostAt', label: t('deals.fields.lostAt'), value: deal.lostAt ? formatDateTime(deal.lostAt, timeZone) : null },
      { key: 'lostReason', label: t('deals.fields.lostReason'), value: deal.lostReason?.name ?? null },
      { key: 'lostComment', label: t('deals.fields.lostComment'), value: deal.lostComment },
      { key: 'source', label: t('clients.fields.source'), value: deal.source },
      { key: 'comment', label: t('deals.fields.comment'), value: deal.comment ? <span style={{ whiteSpace: 'pre-wrap' }}>{deal.comment}</span> : null },
    ],
    Sections: DealSections,
    Top: DealTop,
  },
  Form: DealForm,
});
