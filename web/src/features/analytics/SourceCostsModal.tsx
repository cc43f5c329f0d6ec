import { ActionIcon, Alert, Button, Group, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { toMajor, toMinor } from '../../i18n/format';
import { useSaveSourceCosts, useSourceCosts } from './analytics.api';

interface Row { source: string; amount: number | '' }

/** A month's cost per lead source (what CPA and ROMI in the sources widget divide by); for report administrators. */
export function SourceCostsModal({ opened, onClose, month: initialMonth, currency }: { opened: boolean; onClose: () => void; month: string; currency: string }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(initialMonth);
  const costs = useSourceCosts(month, opened && /^\d{4}-\d{2}$/.test(month));
  const save = useSaveSourceCosts();
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => { if (opened) setMonth(initialMonth); }, [opened]);
  useEffect(() => {
    if (costs.data) setRows(costs.data.map((c) => ({ source: c.source, amount: toMajor(c.amount, c.currency) })));
  }, [costs.data]);
  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = () => save.mutate(
    { month, items: rows.filter((r) => r.source.trim() && r.amount !== '').map((r) => ({ source: r.source.trim(), amount: toMinor(Number(r.amount), currency), currency })) },
    { onSuccess: onClose },
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('analytics.costs.title')} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">{t('analytics.costs.text')}</Text>
        <TextInput type="month" label={t('analytics.costs.month')} value={month} onChange={(e) => setMonth(e.currentTarget.value)} w={180} />
        {save.error && <Alert color="red" variant="light">{apiErrorText(t, save.error)}</Alert>}
        <Table>
          <Table.Thead><Table.Tr><Table.Th>{t('analytics.costs.source')}</Table.Th><Table.Th>{t('analytics.costs.amount', { currency })}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>
            {rows.map((row, i) => (
              <Table.Tr key={i}>
                <Table.Td><TextInput size="xs" value={row.source} onChange={(e) => set(i, { source: e.currentTarget.value })} aria-label={t('analytics.costs.source')} /></Table.Td>
                <Table.Td><NumberInput size="xs" min={0} decimalScale={2} value={row.amount} onChange={(v) => set(i, { amount: v === '' ? '' : Number(v) })} aria-label={t('analytics.costs.amount', { currency })} /></Table.Td>
                <Table.Td><ActionIcon variant="subtle" color="red" onClick={() => setRows(rows.filter((_, j) => j !== i))} aria-label={t('common.delete')}><IconTrash size={14} /></ActionIcon></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Button variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setRows([...rows, { source: '', amount: '' }])}>{t('analytics.costs.add')}</Button>
          <Group>
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button onClick={submit} loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
