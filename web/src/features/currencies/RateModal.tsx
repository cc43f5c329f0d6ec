import { useState } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { DateField } from '../../components/form/DateField';
import { GuardedModal } from '../../components/form/GuardedModal';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { ConflictAlert } from '../../components/form/ConflictAlert';
import { useRecordForm } from '../../components/form/useRecordForm';
import { useSaveRate, type Rate } from './currencies.api';
import { rateFieldText } from './rateErrors';

interface RateModalProps {
  rate: Rate | null;
  workspaceCurrency: string;
  onClose: () => void;
}

/** Changes the day or the value of one rate. */
export function RateModal({ rate, workspaceCurrency, onClose }: RateModalProps) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened={rate !== null} onClose={onClose} title={t('currencies.editTitle')} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      {rate ? <RateForm key={rate.id} rate={rate} workspaceCurrency={workspaceCurrency} onClose={onClose} /> : null}
    </GuardedModal>
  );
}

function RateForm({ rate, workspaceCurrency, onClose }: { rate: Rate; workspaceCurrency: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(rate.date);
  const [value, setValue] = useState(rate.rate);
  const [version, setVersion] = useState(rate.version);
  const save = useSaveRate();
  const form = useRecordForm({
    fields: ['date', 'rate'],
    values: { date, value },
    validate: (): Record<string, string> => ({ ...(date ? {} : { date: 'required' }), ...(value.trim() ? {} : { rate: 'required' }) }),
    save: () => save.mutateAsync({ id: rate.id, input: { date, rate: value.trim().replace(',', '.'), version } }),
    onSaved: onClose,
    onReload: (current) => {
      const fresh = current as Rate;
      setDate(fresh.date);
      setValue(fresh.rate);
      setVersion(fresh.version);
    },
    fieldText: (code) => rateFieldText(t, code),
  });
  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="sm">
        {form.conflict ? <ConflictAlert reloading={form.reloading} onReload={() => void form.reload()} /> : <FormError message={form.formError} />}
        <TextInput label={t('currencies.currency')} value={rate.currency} readOnly />
        <DateField label={t('currencies.date')} required value={date} onChange={(value) => { setDate(value); form.clearError('date'); }} error={form.errors.date} />
        <TextInput
          label={t('currencies.rateLabel', { currency: rate.currency, workspace: workspaceCurrency })}
          required
          inputMode="decimal"
          value={value}
          onChange={(e) => { setValue(e.currentTarget.value); form.clearError('rate'); }}
          error={form.errors.rate}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={form.pending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
