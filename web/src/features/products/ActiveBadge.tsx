import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Whether a product is still offered, as a badge. */
export function ActiveBadge({ active, size = 'sm' }: { active: boolean; size?: 'sm' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? 'green' : 'gray'} variant="light" size={size} style={{ width: 'max-content', flexShrink: 0 }}>
      {active ? t('products.active.yes') : t('products.active.no')}
    </Badge>
  );
}
