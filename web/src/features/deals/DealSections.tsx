import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney, formatNumber } from '../../i18n/format';
import { recordPath } from '../../records/registry';
import { useIsPhone } from '../clients/useIsPhone';
import type { Deal } from './deals.api';

/** The people of a deal with their roles, under the card's details. */
export function DealSections({ record: deal }: { record: Deal }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid="deal-people">
      <Title order={2} size="h5" mb="sm">
        {t('deals.fields.people')}
      </Title>
      {deal.people.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('deals.card.noPeople')}
        </Text>
      ) : (
        <Stack gap={6}>
          {deal.people.map((person) => (
            <Group key={person.contact.id} gap="xs" wrap="nowrap">
              <Anchor component={Link} to={recordPath('contact', person.contact.id)} size="sm" fw={600}>
                {person.contact.name}
              </Anchor>
              {person.role ? (
                <Text size="sm" c="dimmed">
                  {person.role}
                </Text>
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** A deal's line items with their totals, across the card. */
export function DealItemsCard({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  // Absent when the viewer's role hides the amount (decision 0027).
  const items = deal.items ?? [];
  if (items.length === 0) return null;
  const money = (minor: number) => formatMoney(minor, deal.currency);
  const percent = (hundredths: number) => (hundredths ? `${formatNumber(hundredths / 100, { maximumFractionDigits: 2 })} %` : '—');
  const sum = items.reduce((acc, item) => ({ net: acc.net + item.net, tax: acc.tax + item.tax, total: acc.total + item.total }), { net: 0, tax: 0, total: 0 });
  const right = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
  return (
    <Paper withBorder radius="md" p="md" data-testid="deal-items-card">
      <Title order={2} size="h5" mb="sm">
        {t('deals.items.title')}
      </Title>
      {isPhone ? (
        <Stack gap="xs">
          {items.map((item, index) => (
            <Group key={index} justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={500}>
                  {item.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatNumber(item.quantity, { maximumFractionDigits: 3 })}
                  {item.unit ? ` ${item.unit}` : ''} × {money(item.price)}
                  {item.discount ? ` − ${percent(item.discount)}` : ''}
                  {item.taxRate ? ` + ${percent(item.taxRate)}` : ''}
                </Text>
              </Stack>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {money(item.total)}
              </Text>
            </Group>
          ))}
        </Stack>
      ) : (
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deals.items.name')}</Table.Th>
              <Table.Th style={right}>{t('deals.items.quantity')}</Table.Th>
              <Table.Th style={right}>{t('deals.items.price')}</Table.Th>
              <Table.Th style={right}>{t('deals.items.discount')}</Table.Th>
              <Table.Th style={right}>{t('deals.items.tax')}</Table.Th>
              <Table.Th style={right}>{t('deals.items.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, index) => (
              <Table.Tr key={index}>
                <Table.Td>
                  {item.productId ? (
                    <Anchor component={Link} to={recordPath('product', item.productId)} size="sm">
                      {item.name}
                    </Anchor>
                  ) : (
                    item.name
                  )}
                  {item.sku ? (
                    <Text size="xs" c="dimmed">
                      {item.sku}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td style={right}>
                  {formatNumber(item.quantity, { maximumFractionDigits: 3 })}
                  {item.unit ? ` ${item.unit}` : ''}
                </Table.Td>
                <Table.Td style={right}>{money(item.price)}</Table.Td>
                <Table.Td style={right}>{percent(item.discount)}</Table.Td>
                <Table.Td style={right}>{percent(item.taxRate)}</Table.Td>
                <Table.Td style={right}>{money(item.total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      )}
      <Group justify="flex-end" gap="md" mt="sm" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('deals.items.net')}: {money(sum.net)}
        </Text>
        <Text size="sm" c="dimmed">
          {t('deals.items.taxAmount')}: {money(sum.tax)}
        </Text>
        <Text size="sm" fw={700} data-testid="deal-items-total">
          {t('deals.items.total')}: {money(sum.total)}
        </Text>
      </Group>
    </Paper>
  );
}
