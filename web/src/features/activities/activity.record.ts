import { lazy } from 'react';
import { IconChecklist } from '@tabler/icons-react';
import { registerRecordScreens, registerRelatedPanel } from '../../records/registry';

// Activities (calls, meetings, letters, notes, tasks): their list at /activities, cards at /activities/:id.
registerRecordScreens({
  entityType: 'activity',
  plural: 'activities',
  path: '/activities',
  icon: IconChecklist,
  color: 'blue',
  screens: () => import('./activity.screens').then((module) => module.default),
});

// The cards of people, companies and deals log and plan activities and list the planned ones.
const ActivitiesPanel = lazy(() => import('./ActivitiesPanel'));
registerRelatedPanel({ on: 'deal', Panel: ActivitiesPanel });
registerRelatedPanel({ on: 'contact', Panel: ActivitiesPanel });
registerRelatedPanel({ on: 'company', Panel: ActivitiesPanel });
