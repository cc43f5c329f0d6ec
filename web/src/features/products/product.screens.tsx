import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/format';
import { defineScreens, type ChoiceField } from '../../records/screens';
import { dash, type ColumnDef } from '../clients/columns';
import { formatShortDate } from '../../i18n/format';
import { TagList } from '../clients/TagList';
import { ActiveBadge } from './ActiveBadge';
import { ProductForm } from './ProductForm';
import { ProductPrices } from './ProductPrices';
import { fetchProduct, percentOf, type Product, type ProductListItem } from './products.api';

function taxText(hundredths: number): string {
  return `${formatNumber(percentOf(hundredths), { maximumFractionDigits: 2 })} %`;
}

function columns(t: TFunction, timeZone: string): ColumnDef<ProductListItem>[] {
  const day = (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatShortDate(value, timeZone)}</span>;
  return [
    { key: 'sku', label: t('products.fields.sku'), render: (item) => item.sku ?? dash },
    { key: 'prices', label: t('products.fields.prices'), render: (item) => <ProductPrices prices={item.prices} /> },
    { key: 'unit', label: t('products.fields.unit'), render: (item) => item.unit ?? dash },
    { key: 'taxRate', label: t('products.fields.taxRate'), render: (item) => taxText(item.taxRate) },
    { key: 'active', label: t('products.fields.active'), render: (item) => <ActiveBadge active={item.active} /> },
    { key: 'owner', label: t('clients.fields.owner'), render: (item) => item.owner.name },
    { key: 'tags', label: t('clients.fields.tags'), render: (item) => (item.tags.length ? <TagList tags={item.tags} max={3} nowrap /> : dash) },
    { key: 'createdAt', label: t('clients.fields.createdAt'), render: (item) => day(item.createdAt) },
    { key: 'updatedAt', label: t('clients.fields.updatedAt'), render: (item) => day(item.updatedAt) },
  ];
}

const ACTIVE: ChoiceField = {
  label: (t) => t('products.fields.active'),
  choices: (t) => [
    { value: '1', label: t('products.active.yes') },
    { value: '0', label: t('products.active.no') },
  ],
};

/** A product's own parts of the generic list, card and form. */
export default defineScreens<ProductListItem, Product>({
  title: (item) => item.name,
  list: {
    columns,
    defaultColumns: ['sku', 'prices', 'taxRate', 'active', 'tags'],
    subtitle: (item) => item.unit,
    cardDetails: (item) => (
      <>
        <Text size="sm">
          <ProductPrices prices={item.prices} />
        </Text>
        {item.sku ? (
          <Text size="sm" c="dimmed" truncate>
            {item.sku}
          </Text>
        ) : null}
      </>
    ),
  },
  paramFilters: { active: ACTIVE },
  fetch: fetchProduct,
  card: {
    subtitle: (product) => product.sku,
    badge: (product) => <ActiveBadge active={product.active} size="lg" />,
    rows: (t, product) => [
      { key: 'sku', label: t('products.fields.sku'), value: product.sku },
      { key: 'unit', label: t('products.fields.unit'), value: product.unit },
      { key: 'prices', label: t('products.fields.prices'), value: product.prices.length ? <ProductPrices prices={product.prices} /> : null },
      { key: 'taxRate', label: t('products.fields.taxRate'), value: taxText(product.taxRate) },
      { key: 'description', label: t('products.fields.description'), value: product.description ? <span style={{ whiteSpace: 'pre-wrap' }}>{product.description}</span> : null },
    ],
  },
  Form: ProductForm,
});
