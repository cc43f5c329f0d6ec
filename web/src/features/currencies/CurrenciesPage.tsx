import { useState } from 'react';
import { ActionIcon, Button, Group, Paper, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { DateField } from '../../components/form/DateField';
import { IconCoins, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { apiErrorText } from '../../app/errorText';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { FormError } from '../../components/FormError';
import { useRecordForm } from '../../components/form/useRecordForm';
import { displayName, formatDate } from '../../i18n/format';
import { SettingsPage } from '../settings/SettingsPage';
import { useDeleteRate, useRates, useSaveRate, type Rate } from './currencies.api';
import { currencyOptions, rateFieldText } from './rateErrors';
import { RateModal } from './RateModal';

/** Settings → Currencies: the workspace currency and the exchange rates an administrator enters per day. */
export default function CurrenciesPage() {
  const { t } = useTranslation();
  const { workspace } = useCurrentUser();
  const base = workspace.defaultCurrency;
  const [filter, setFilter] = useState<string | null>(null);
  const rates = useRates(filter);
  const [editing, setEditing] = useState<Rate | null>(null);
  const [deleting, setDeleting] = useState<Rate | null>(null);
  const remove = useDeleteRate();
  const options = currencyOptions(base);
  return (
    <SettingsPage title={t('currencies.title')} description={t('currencies.description', { currency: `${displayName(base, 'currency')} (${base})` })}>
      <Paper withBorder p="md" radius="md">
        <Text size="sm" fw={600} mb="xs">{t('currencies.workspaceCurrency')}: {displayName(base, 'currency')} ({base})</Text>
        <AddRateForm base={base} options={options} />
      </Paper>
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('currencies.filter')}
          placeholder={t('currencies.allCurrencies')}
          data={options}
          value={filter}
          onChange={setFilter}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          w={220}
        />
      </Group>
      {rates.isPending ? (
        <ContentSkeleton />
      ) : rates.isError ? (
        <ErrorState message={apiErrorText(t, rates.error)} onRetry={() => void rates.refetch()} />
      ) : rates.data.items.length === 0 ? (
        <Paper withBorder radius="md">
          <EmptyState icon={<IconCoins size={32} />} title={t('currencies.emptyTitle')} order={3}>{t('currencies.emptyText')}</EmptyState>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped highlightOnHover aria-label={t('currencies.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('currencies.currency')}</Table.Th>
                <Table.Th>{t('currencies.from')}</Table.Th>
                <Table.Th>{t('currencies.rate')}</Table.Th>
                <Table.Th w={90}><VisuallyHidden>{t('common.actions')}</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rates.data.items.map((rate) => (
                <Table.Tr key={rate.id}>
                  <Table.Td>{displayName(rate.currency, 'currency')} ({rate.currency})</Table.Td>
                  <Table.Td>{formatDate(`${rate.date}T12:00:00Z`, 'UTC')}</Table.Td>
                  <Table.Td>{t('currencies.equation', { currency: rate.currency, rate: Number(rate.rate).toLocaleString(undefined, { maximumFractionDigits: 10 }), workspace: base })}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon variant="subtle" aria-label={t('currencies.editRate', { currency: rate.currency, date: rate.date })} onClick={() => setEditing(rate)}>
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="red" aria-label={t('currencies.deleteRate', { currency: rate.currency, date: rate.date })} onClick={() => setDeleting(rate)}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RateModal rate={editing} workspaceCurrency={base} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('currencies.deleteTitle')}
        confirmLabel={t('common.delete')}
        color="red"
        onClose={() => setDeleting(null)}
        onConfirm={() => remove.mutateAsync(deleting!).then(() => setDeleting(null))}
      >
        {deleting ? t('currencies.deleteText', { currency: deleting.currency, date: deleting.date }) : null}
      </ConfirmDialog>
    </SettingsPage>
  );
}

/** Enters a new rate: currency, first day, value; the server's refusals show under their fields. */
function AddRateForm({ base, options }: { base: string; options: Array<{ value: string; label: string }> }) {
  const { t } = useTranslation();
  const [currency, setCurrency] = useState<string | null>(null);
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [rate, setRate] = useState('');
  const save = useSaveRate();
  const form = useRecordForm({
    fields: ['currency', 'date', 'rate'],
    values: { currency, date, rate },
    baseline: { currency: null, date, rate: '' },
    guard: false,
    validate: (): Record<string, string> => ({ ...(currency ? {} : { currency: 'required' }), ...(date ? {} : { date: 'required' }), ...(rate.trim() ? {} : { rate: 'required' }) }),
    save: () => save.mutateAsync({ input: { currency: currency!, date, rate: rate.trim().replace(',', '.') } }),
    onSaved: () => setRate(''),
    fieldText: (code) => rateFieldText(t, code),
  });
  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate aria-label={t('currencies.addTitle')}>
      <Stack gap="xs">
        <FormError message={form.formError} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('currencies.currency')}
            data={options}
            value={currency}
            onChange={(value) => { setCurrency(value); form.clearError('currency'); }}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            error={form.errors.currency}
            w={140}
          />
          <DateField label={t('currencies.from')} value={date} onChange={(value) => { setDate(value); form.clearError('date'); }} error={form.errors.date} w={170} />
          <TextInput
            label={t('currencies.rateLabel', { currency: currency ?? '1', workspace: base })}
            inputMode="decimal"
            value={rate}
            onChange={(e) => { setRate(e.currentTarget.value); form.clearError('rate'); }}
            error={form.errors.rate}
            w={200}
          />
          <Button type="submit" mt={25} loading={form.pending}>{t('currencies.add')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
