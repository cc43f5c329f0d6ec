import { IconPackage } from '@tabler/icons-react';
import { registerRecordScreens } from '../../records/registry';

// Products: the catalog at /products, cards at /products/:id; the screens load on the first visit.
registerRecordScreens({
  entityType: 'product',
  plural: 'products',
  path: '/products',
  icon: IconPackage,
  color: 'grape',
  screens: () => import('./product.screens').then((module) => module.default),
});
