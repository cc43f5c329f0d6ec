import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, NumberInput, Paper, TextInput } from '@mantine/core';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { toMinor } from '../../i18n/format';

/** Title and amount of a new deal on a column's stage (in the workspace's currency). */
export function QuickCreate({ stageName, onCreate, onCancel }: { stageName: string; onCreate: (title: string, amount: number | undefined) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const currency = useCurrentUser().workspace.defaultCurrency;
  const [title, setTitle] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async () => {
    if (!title.trim()) {
      setError(t('board.titleRequired'));
      return;
    }
    setPending(true);
    try {
      await onCreate(title.trim(), amount === '' ? undefined : toMinor(Number(amount), currency));
    } catch (err) {
      setError(apiErrorText(t, err));
    } finally {
      setPending(false);
    }
  };
  return (
    <Paper withBorder p="xs" mx="xs" mb="xs" component="form" aria-label={t('board.quickCreateIn', { stage: stageName })}
      onSubmit={(e) => { e.preventDefault(); void submit(); }}
      onKeyDown={(e) => { if (e.key === 'Escape') onCancel(); }}
    >
      <TextInput size="xs" label={t('board.dealTitle')} value={title} onChange={(e) => { setTitle(e.currentTarget.value); setError(null); }} error={error} data-autofocus autoFocus />
      <NumberInput size="xs" mt={4} label={t('board.amount', { currency })} value={amount} onChange={setAmount} min={0} decimalScale={2} thousandSeparator=" " />
      <Group justify="flex-end" gap={4} mt={6}>
        <Button size="compact-xs" variant="subtle" onClick={onCancel}>{t('board.cancel')}</Button>
        <Button size="compact-xs" type="submit" loading={pending}>{t('board.create')}</Button>
      </Group>
    </Paper>
  );
}
