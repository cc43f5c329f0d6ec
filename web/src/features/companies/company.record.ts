import { IconBuilding } from '@tabler/icons-react';
import { registerRecordScreens } from '../../records/registry';

// Companies: their list at /companies, cards at /companies/:id; the screens load on the first visit.
registerRecordScreens({
  entityType: 'company',
  plural: 'companies',
  path: '/companies',
  icon: IconBuilding,
  color: 'teal',
  screens: () => import('./company.screens').then((module) => module.default),
});
