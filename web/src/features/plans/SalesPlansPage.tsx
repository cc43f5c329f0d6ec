import { Fragment, useEffect, useMemo, useState } from 'react';
import { ActionIcon, Alert, Button, Group, Paper, Table, Text, TextInput } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconCopy, IconTarget } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText, fieldErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { FormError } from '../../components/FormError';
import { ConflictAlert } from '../../components/form/ConflictAlert';
import { SaveBar } from '../../components/form/SaveBar';
import { useRecordForm } from '../../components/form/useRecordForm';
import { dayIn } from './period';
import { SettingsPage } from '../settings/SettingsPage';
import { cellKey, changesOf, gridFrom, shiftMonth, type CellValues, type GridValues } from './planGrid';
import { fetchMonthPlans, useDeletePlan, useMonthPlans, useSavePlans, type PlansAnswer } from './plans.api';

/** Settings → Sales plans: a month's grid of targets (amount and won deals) per person, grouped by department. */
export default function SalesPlansPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [month, setMonth] = useState(() => dayIn(new Date(), me.workspace.timeZone).slice(0, 7));
  const plans = useMonthPlans(month);
  const label = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T00:00:00Z`));
  return (
    <SettingsPage title={t('plans.title')} description={t('plans.description')}>
      <Group gap="xs">
        <ActionIcon variant="default" size="lg" aria-label={t('plans.previousMonth')} onClick={() => setMonth(shiftMonth(month, -1))}><IconChevronLeft size={18} /></ActionIcon>
        <Text fw={600} miw={160} ta="center" aria-live="polite" data-testid="plan-month">{label}</Text>
        <ActionIcon variant="default" size="lg" aria-label={t('plans.nextMonth')} onClick={() => setMonth(shiftMonth(month, 1))}><IconChevronRight size={18} /></ActionIcon>
      </Group>
      {plans.isPending ? (
        <ContentSkeleton />
      ) : plans.isError ? (
        <ErrorState message={apiErrorText(t, plans.error)} onRetry={() => void plans.refetch()} />
      ) : (
        <PlanGrid key={month} month={month} answer={plans.data} />
      )}
    </SettingsPage>
  );
}

function PlanGrid({ month, answer }: { month: string; answer: PlansAnswer }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<GridValues>(() => gridFrom(answer));
  const [baseline, setBaseline] = useState<GridValues>(() => gridFrom(answer));
  // A fresh answer (after a save or a reload) becomes what the grid shows and compares with.
  useEffect(() => {
    setValues(gridFrom(answer));
    setBaseline(gridFrom(answer));
  }, [answer]);
  const savePlans = useSavePlans();
  const deletePlan = useDeletePlan();
  const [sent, setSent] = useState<string[]>([]);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const editable = useMemo(() => new Set([...answer.people.filter((p) => p.canEdit).map((p) => cellKey('user', p.id)), ...answer.departments.filter((d) => d.canEdit).map((d) => cellKey('department', d.id))]), [answer]);
  const fields = [...editable].flatMap((key) => [`${key}.amount`, `${key}.count`]);
  const form = useRecordForm({
    fields,
    values,
    baseline,
    remap: (path) => {
      const match = /^items\.(\d+)\.(amount|wonCount|targetId)$/.exec(path);
      if (!match) return path;
      return `${sent[Number(match[1])]}.${match[2] === 'wonCount' ? 'count' : 'amount'}`;
    },
    validate: () => {
      const out: Record<string, string> = {};
      for (const item of changesOf(answer, values).items) {
        if (!Number.isFinite(item.amount) || item.amount < 0) out[`${item.key}.amount`] = 'invalid_amount';
        if (!Number.isInteger(item.wonCount) || item.wonCount < 0) out[`${item.key}.count`] = 'invalid_count';
      }
      return out;
    },
    save: async () => {
      const { items, cleared } = changesOf(answer, values);
      setSent(items.map((i) => i.key));
      for (const plan of cleared) await deletePlan.mutateAsync(plan);
      if (items.length > 0) await savePlans.mutateAsync({ month, items: items.map(({ key: _key, ...item }) => item) });
      return true;
    },
    onReload: () => undefined,
    fieldText: (code) => t(`plans.errors.${code}`, { defaultValue: fieldErrorText(t, code) }),
  });

  async function copyLastMonth() {
    const previous = await fetchMonthPlans(shiftMonth(month, -1));
    const copied = gridFrom(previous);
    const next = { ...values };
    let n = 0;
    for (const [key, cell] of Object.entries(copied)) {
      if (!editable.has(key)) continue;
      next[key] = cell;
      n += 1;
    }
    setValues(next);
    setCopyNote(n > 0 ? t('plans.copied', { count: n }) : t('plans.nothingToCopy'));
  }

  const setCell = (key: string, part: keyof CellValues, value: string) => {
    setValues((current) => ({ ...current, [key]: { amount: current[key]?.amount ?? '', count: current[key]?.count ?? '', [part]: value } }));
    form.clearError(`${key}.${part}`);
  };

  const groups = [
    ...answer.departments.map((d) => ({ id: d.id, name: d.name, department: d, people: answer.people.filter((p) => p.departmentId === d.id) })),
    { id: '', name: t('plans.noDepartment'), department: null, people: answer.people.filter((p) => !answer.departments.some((d) => d.id === p.departmentId)) },
  ].filter((g) => g.department || g.people.length > 0);

  if (groups.length === 0) {
    return <Paper withBorder radius="md"><EmptyState icon={<IconTarget size={32} />} title={t('plans.emptyTitle')} order={3}>{t('plans.emptyText')}</EmptyState></Paper>;
  }

  const cell = (key: string, name: string, canEdit: boolean) => {
    const v = values[key];
    if (!canEdit) {
      return (
        <>
          <Table.Td>{v?.amount ? Number(v.amount).toLocaleString() : '—'}</Table.Td>
          <Table.Td>{v?.count || '—'}</Table.Td>
        </>
      );
    }
    return (
      <>
        <Table.Td>
          <TextInput size="xs" inputMode="decimal" aria-label={t('plans.amountFor', { name })} value={v?.amount ?? ''} onChange={(e) => setCell(key, 'amount', e.currentTarget.value)} error={form.errors[`${key}.amount`]} />
        </Table.Td>
        <Table.Td>
          <TextInput size="xs" inputMode="numeric" aria-label={t('plans.countFor', { name })} value={v?.count ?? ''} onChange={(e) => setCell(key, 'count', e.currentTarget.value)} error={form.errors[`${key}.count`]} />
        </Table.Td>
      </>
    );
  };

  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      {form.conflict ? <ConflictAlert reloading={form.reloading} onReload={() => void form.reload()} /> : <FormError message={form.formError} />}
      {copyNote ? <Alert color="blue" mb="sm" withCloseButton onClose={() => setCopyNote(null)}>{copyNote}</Alert> : null}
      <Table.ScrollContainer minWidth={340}>
        <Table aria-label={t('plans.gridLabel')} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.target')}</Table.Th>
              <Table.Th w={130}>{t('plans.amount', { currency: answer.currency })}</Table.Th>
              <Table.Th w={90}>{t('plans.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => (
              <Fragment key={group.id || 'none'}>
                <Table.Tr bg="var(--mantine-color-default-hover)">
                  <Table.Td fw={600}>{group.department ? t('plans.departmentRow', { name: group.name }) : group.name}</Table.Td>
                  {group.department ? cell(cellKey('department', group.id), group.name, group.department.canEdit) : <><Table.Td /><Table.Td /></>}
                </Table.Tr>
                {group.people.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td pl="lg">{person.name}</Table.Td>
                    {cell(cellKey('user', person.id), person.name, person.canEdit)}
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt="xs">{t('plans.departmentRule')}</Text>
      {answer.canEdit ? (
        <Group mt="md">
          <SaveBar dirty={form.dirty} pending={form.pending} onDiscard={() => { setValues(baseline); form.clear(); }}
            extra={<Button variant="subtle" leftSection={<IconCopy size={16} />} onClick={() => void copyLastMonth()}>{t('plans.copyLastMonth')}</Button>} />
        </Group>
      ) : null}
    </form>
  );
}
