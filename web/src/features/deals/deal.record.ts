import { lazy } from 'react';
import { IconCoin } from '@tabler/icons-react';
import { registerRecordScreens, registerRelatedPanel } from '../../records/registry';
import { registerSharedWithPanel } from '../sharing/sharedWithPanel';

// Deals: their list at /deals, cards at /deals/:id; the screens load on the first visit.
registerRecordScreens({
  entityType: 'deal',
  plural: 'deals',
  path: '/deals',
  icon: IconCoin,
  color: 'teal',
  screens: () => import('./deal.screens').then((module) => module.default),
});

// The cards of companies and people list their deals; the panel loads with the first such card.
const RelatedDeals = lazy(() => import('./RelatedDeals'));
registerRelatedPanel({ on: 'company', Panel: RelatedDeals });
registerRelatedPanel({ on: 'contact', Panel: RelatedDeals });

// Who the record is shared with (decision 0027).
registerSharedWithPanel('deal');
