import { ActionIcon, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CurrencySelect } from './CurrencySelect';
import { decimalProps } from './moneyInput';

/** One price row as typed: the currency and the amount in major units ('' while blank). */
export interface PriceDraft {
  currency: string;
  amount: number | string;
}

interface PricesEditorProps {
  rows: PriceDraft[];
  onChange: (rows: PriceDraft[]) => void;
  /** The currency a new row starts with when it is still free (the workspace's). */
  defaultCurrency: string;
  errors: Record<string, string>;
}

/** A product's prices, one row per currency: add a currency, type its amount, remove it. */
export function PricesEditor({ rows, onChange, defaultCurrency, errors }: PricesEditorProps) {
  const { t } = useTranslation();
  const taken = rows.map((row) => row.currency);
  const set = (index: number, patch: Partial<PriceDraft>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  function addRow() {
    const free = [defaultCurrency, 'EUR', 'USD', 'RUB', 'BGN'].find((code) => !taken.includes(code)) ?? defaultCurrency;
    onChange([...rows, { currency: free, amount: '' }]);
  }

  return (
    <Stack gap="xs">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('products.form.noPrices')}
        </Text>
      ) : null}
      {rows.map((row, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap" data-testid={`price-row-${index}`}>
          <div style={{ flex: '1 1 60%', minWidth: 0 }}>
            <CurrencySelect value={row.currency} onChange={(currency) => set(index, { currency })} taken={taken} error={errors[`prices.${index}.currency`]} testId={`price-currency-${index}`} />
          </div>
          <NumberInput
            aria-label={t('products.fields.price')}
            value={row.amount}
            onChange={(amount) => set(index, { amount })}
            min={0}
            hideControls
            {...decimalProps(row.currency)}
            error={errors[`prices.${index}.amount`]}
            style={{ flex: '1 1 40%' }}
            data-testid={`price-amount-${index}`}
          />
          <ActionIcon variant="subtle" color="gray" size="lg" mt={2} aria-label={t('products.form.removePrice')} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={addRow} style={{ alignSelf: 'flex-start' }} data-testid="add-price">
        {t('products.form.addPrice')}
      </Button>
    </Stack>
  );
}
