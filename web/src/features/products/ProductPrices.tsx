import { Text } from '@mantine/core';
import { formatMoney } from '../../i18n/format';
import { dash } from '../clients/columns';
import type { ProductPrice } from './products.api';

/** A product's prices in the interface language, one per currency: "€1,250.00 · 1 250,00 лв.". */
export function ProductPrices({ prices }: { prices: ProductPrice[] }) {
  if (prices.length === 0) return dash;
  return (
    <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
      {prices.map((price) => formatMoney(price.amount, price.currency)).join(' · ')}
    </Text>
  );
}
