import { IconBuilding } from '@tabler/icons-react';
import { registerRecordScreens } from '../../records/registry';
import { registerSharedWithPanel } from '../sharing/sharedWithPanel';

// Companies: their list at /companies, cards at /companies/:id; the screens load on the first visit.
registerRecordScreens({
  entityType: 'company',
  plural: 'companies',
  path: '/companies',
  icon: IconBuilding,
  color: 'teal',
  screens: () => import('./company.screens').then((module) => module.default),
});

// Who the record is shared with (decision 0027).
registerSharedWithPanel('company');
