import { IconAddressBook } from '@tabler/icons-react';
import { registerRecordScreens } from '../../records/registry';
import { registerSharedWithPanel } from '../sharing/sharedWithPanel';

// Contacts: their list at /contacts, cards at /contacts/:id; the screens load on the first visit.
registerRecordScreens({
  entityType: 'contact',
  plural: 'contacts',
  path: '/contacts',
  icon: IconAddressBook,
  color: 'blue',
  screens: () => import('./contact.screens').then((module) => module.default),
});

// Who the record is shared with (decision 0027).
registerSharedWithPanel('contact');
