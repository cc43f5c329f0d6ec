import { ActionIcon, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatMoney, toMajor } from '../../i18n/format';
import { decimalProps } from '../products/moneyInput';
import type { ProductListItem } from '../products/products.api';
import { blankItem, draftTotals, grandTotals, type ItemDraft } from './dealItems';
import { ProductPicker } from './ProductPicker';

interface DealItemsProps {
  items: ItemDraft[];
  onChange: (items: ItemDraft[]) => void;
  currency: string;
  errors: Record<string, string>;
  onClearError: (path: string) => void;
}

/**
 * The line items of a deal: a catalog product (which fills in name, unit, its price in the deal's
 * currency and tax) or a free line; quantity, price, discount and tax; each line's money and the
 * grand total, live, in the interface language's money format.
 */
export function DealItems({ items, onChange, currency, errors, onClearError }: DealItemsProps) {
  const { t } = useTranslation();
  const totals = grandTotals(items, currency);
  const set = (index: number, patch: Partial<ItemDraft>, field?: string) => {
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
    if (field) onClearError(`items.${index}.${field}`);
  };

  function pick(index: number, product: ProductListItem | null) {
    if (!product) return set(index, { productId: null, sku: null }, 'productId');
    const listed = product.prices.find((price) => price.currency === currency);
    set(index, {
      productId: product.id,
      name: product.name,
      sku: product.sku,
      unit: product.unit,
      price: listed ? toMajor(listed.amount, currency) : '',
      taxRate: product.taxRate / 100,
    }, 'productId');
  }

  return (
    <Stack gap="sm" data-testid="deal-items">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('deals.items.none')}
        </Text>
      ) : null}
      {items.map((item, index) => {
        const line = draftTotals(item, currency);
        const error = (field: string) => errors[`items.${index}.${field}`];
        return (
          <Paper key={index} withBorder radius="sm" p="sm" data-testid={`item-${index}`}>
            <Stack gap="xs">
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" style={{ flex: 1, minWidth: 0 }}>
                  <ProductPicker value={item.productId ? { id: item.productId, name: item.name } : null} onPick={(product) => pick(index, product)} error={error('productId')} testId={`item-product-${index}`} />
                  <TextInput
                    aria-label={t('deals.items.name')}
                    placeholder={t('deals.items.name')}
                    value={item.name}
                    onChange={(event) => set(index, { name: event.currentTarget.value }, 'name')}
                    error={error('name')}
                    data-testid={`item-name-${index}`}
                  />
                </SimpleGrid>
                <ActionIcon variant="subtle" color="gray" size="lg" mt={2} aria-label={t('deals.items.remove')} onClick={() => onChange(items.filter((_, i) => i !== index))}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                <NumberInput
                  label={item.unit ? `${t('deals.items.quantity')}, ${item.unit}` : t('deals.items.quantity')}
                  value={item.quantity}
                  onChange={(quantity) => set(index, { quantity }, 'quantity')}
                  min={0}
                  hideControls
                  {...decimalProps(undefined, 3)}
                  error={error('quantity')}
                  data-testid={`item-quantity-${index}`}
                />
                <NumberInput
                  label={t('deals.items.price')}
                  value={item.price}
                  onChange={(price) => set(index, { price }, 'price')}
                  min={0}
                  hideControls
                  {...decimalProps(currency)}
                  error={error('price')}
                  data-testid={`item-price-${index}`}
                />
                <NumberInput
                  label={t('deals.items.discount')}
                  value={item.discount}
                  onChange={(discount) => set(index, { discount }, 'discount')}
                  min={0}
                  max={100}
                  suffix=" %"
                  hideControls
                  {...decimalProps(undefined, 2)}
                  error={error('discount')}
                  data-testid={`item-discount-${index}`}
                />
                <NumberInput
                  label={t('deals.items.tax')}
                  value={item.taxRate}
                  onChange={(taxRate) => set(index, { taxRate }, 'taxRate')}
                  min={0}
                  max={100}
                  suffix=" %"
                  hideControls
                  {...decimalProps(undefined, 2)}
                  error={error('taxRate')}
                  data-testid={`item-tax-${index}`}
                />
              </SimpleGrid>
              <Group gap="md" justify="flex-end" wrap="wrap">
                <Text size="xs" c="dimmed">
                  {t('deals.items.net')}: {formatMoney(line.net, currency)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('deals.items.taxAmount')}: {formatMoney(line.tax, currency)}
                </Text>
                <Text size="sm" fw={600} data-testid={`item-total-${index}`}>
                  {formatMoney(line.total, currency)}
                </Text>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...items, blankItem()])} data-testid="add-item">
          {t('deals.items.add')}
        </Button>
        {items.length > 0 ? (
          <Group gap="md" wrap="wrap">
            <Text size="sm" c="dimmed">
              {t('deals.items.net')}: {formatMoney(totals.net, currency)}
            </Text>
            <Text size="sm" c="dimmed">
              {t('deals.items.taxAmount')}: {formatMoney(totals.tax, currency)}
            </Text>
            <Text size="md" fw={700} data-testid="items-total">
              {t('deals.items.total')}: {formatMoney(totals.total, currency)}
            </Text>
          </Group>
        ) : null}
      </Group>
    </Stack>
  );
}
