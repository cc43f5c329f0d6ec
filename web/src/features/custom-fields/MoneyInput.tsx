import { useState } from 'react';
import { Group, Input, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { DraftNumberInput } from './DraftNumberInput';
import { currencyDigits, isMoney, toMajor, toMinor } from './money';

/** A money value: the amount in major units (12.34) and a three-letter currency, stored as minor units. */
export function MoneyInput({ common, value, onChange }: { common: Record<string, unknown>; value: unknown; onChange: (v: unknown) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const money = isMoney(value) ? value : null;
  // The currency being typed lives here until it has three letters (and while there is no amount).
  const [currency, setCurrency] = useState(money?.currency ?? me.data?.workspace.defaultCurrency ?? 'EUR');
  const { label, description, error, withAsterisk } = common as { label: string; description?: string; error?: string; withAsterisk?: boolean };
  const major = money ? toMajor(money) : null;
  return (
    <Input.Wrapper label={label} description={description} error={error} withAsterisk={withAsterisk}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <DraftNumberInput
          aria-label={label}
          style={{ flex: 1 }}
          value={major}
          decimalScale={currencyDigits(currency.length === 3 ? currency : 'EUR')}
          thousandSeparator=" "
          error={Boolean(error)}
          onValue={(v) => onChange(v === null ? null : { amount: toMinor(v, currency), currency })}
        />
        <TextInput
          aria-label={t('customFields.value.currency', { field: label })}
          w={72}
          maxLength={3}
          value={currency}
          error={Boolean(error)}
          onChange={(e) => {
            const code = e.currentTarget.value.toUpperCase().replace(/[^A-Z]/g, '');
            setCurrency(code);
            if (major !== null && code.length === 3) onChange({ amount: toMinor(major, code), currency: code });
          }}
        />
      </Group>
    </Input.Wrapper>
  );
}
