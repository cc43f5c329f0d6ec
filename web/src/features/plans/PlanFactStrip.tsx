import { useState } from 'react';
import { Alert, Group, Paper, Progress, SegmentedControl, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { formatList, formatMoney, formatNumber } from '../../i18n/format';
import { periodOf, type PeriodKind } from './period';
import { usePlanProgress } from './plans.api';

export interface PlanFactStripProps {
  /** Whose plan: a user, a department, or (neither) the signed-in user. */
  userId?: string;
  departmentId?: string;
  /** Facts from this pipeline only (the board's). */
  pipelineId?: string;
  title?: string;
}

function Figure({ label, value, sub, testId }: { label: string; value: string; sub?: string; testId: string }) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fw={700} size="lg">{value}</Text>
      {sub ? <Text size="xs" c="dimmed">{sub}</Text> : null}
    </Stack>
  );
}

/** Plan against fact for this month or quarter: plan, won so far, percent, what is left and the forecast at the current pace. */
export function PlanFactStrip({ userId, departmentId, pipelineId, title }: PlanFactStripProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [kind, setKind] = useState<PeriodKind>('month');
  const period = periodOf(kind, new Date(), me.workspace.timeZone);
  const progress = usePlanProgress({ ...period, ...(userId ? { userId } : {}), ...(departmentId ? { departmentId } : {}), ...(pipelineId ? { pipelineId } : {}) });
  const data = progress.data;
  // Null when the role's field rights hide deal amounts: the sums would tell them.
  const money = (minor: number | null) => (minor === null ? t('planFact.hidden') : formatMoney(minor, data?.currency ?? me.workspace.defaultCurrency));
  const deals = (count: number) => t('planFact.deals', { count, formatted: formatNumber(count) });
  const percent = data?.percent.amount ?? null;
  // Without amounts the bar follows the count of won deals.
  const bar = data?.amountsHidden ? data.percent.count : percent;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title ?? t('planFact.title')}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Text fw={600}>{title ?? t('planFact.title')}{data ? ` · ${data.target.name}` : ''}</Text>
        <SegmentedControl size="xs" value={kind} onChange={(v) => setKind(v as PeriodKind)} data={[{ value: 'month', label: t('planFact.month') }, { value: 'quarter', label: t('planFact.quarter') }]} aria-label={t('planFact.period')} />
      </Group>
      {progress.isPending ? (
        <Skeleton h={64} />
      ) : progress.isError || !data ? (
        <Text size="sm" c="red">{apiErrorText(t, progress.error)}</Text>
      ) : (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="md">
            <Figure testId="plan-figure" label={t('planFact.plan')} value={data.plan.amount > 0 || data.plan.count > 0 ? money(data.plan.amount) : t('planFact.noPlan')} sub={data.plan.count > 0 ? deals(data.plan.count) : undefined} />
            <Figure testId="fact-figure" label={t('planFact.fact')} value={money(data.fact.amount)} sub={deals(data.fact.count)} />
            <Figure testId="percent-figure" label={t('planFact.percent')} value={data.amountsHidden ? money(null) : percent === null ? '—' : formatNumber(percent / 100, { style: 'percent', maximumFractionDigits: 1 })}
              sub={data.percent.count === null ? undefined : t('planFact.ofDeals', { percent: formatNumber(data.percent.count / 100, { style: 'percent', maximumFractionDigits: 1 }) })} />
            <Figure testId="gap-figure" label={data.gap.amount === null || data.gap.amount >= 0 ? t('planFact.gap') : t('planFact.over')}
              value={data.gap.amount === null ? money(null) : money(Math.abs(data.gap.amount))} sub={data.gap.amount === null ? deals(data.gap.count) : undefined} />
            <Figure testId="forecast-figure" label={t('planFact.forecast')} value={money(data.forecast.amount)} sub={deals(data.forecast.count)} />
          </SimpleGrid>
          {bar !== null ? <Progress value={Math.min(bar, 100)} color={bar >= 100 ? 'teal' : 'blue'} aria-label={t('planFact.percent')} /> : null}
          {data.missingRates.length > 0 ? (
            <Alert color="orange" icon={<IconAlertTriangle size={16} />} p="xs">
              {t('planFact.missingRates', { currencies: formatList(data.missingRates) })}
            </Alert>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}
