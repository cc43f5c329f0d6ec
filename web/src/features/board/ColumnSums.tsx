import { useTranslation } from 'react-i18next';
import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { formatMoney } from '../../i18n/format';
import type { BoardColumn } from './board.api';

/** A column's sum and weighted sum, one line per currency, saying so when currencies mix. */
export function ColumnSums({ amounts, probability }: { amounts: BoardColumn['amounts']; probability?: number }) {
  const { t } = useTranslation();
  if (amounts.length === 0) return <Text size="xs" c="dimmed" data-testid="column-sum">{t('board.noAmount')}</Text>;
  return (
    <div data-testid="column-sum">
      {amounts.map((a) => (
        <Group key={a.currency} gap={6} wrap="nowrap">
          <Text size="xs" fw={600}>{formatMoney(a.sum, a.currency)}</Text>
          {probability !== undefined && (
            <Tooltip label={t('board.weightedHelp', { probability })}>
              <Text size="xs" c="dimmed">{t('board.weighted', { amount: formatMoney(a.weighted, a.currency) })}</Text>
            </Tooltip>
          )}
        </Group>
      ))}
      {amounts.length > 1 && <Badge size="xs" color="orange" variant="light">{t('board.mixedCurrencies')}</Badge>}
    </div>
  );
}
