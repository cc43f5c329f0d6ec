import { IconAddressBook } from '@tabler/icons-react';
import { registerRecordScreens } from '../../records/registry';

// Contacts: their list at /contacts, cards at /contacts/:id; the screens load on the first visit.
registerRecordScreens({
  entityType: 'contact',
  plural: 'contacts',
  path: '/contacts',
  icon: IconAddressBook,
  color: 'blue',
  screens: () => import('./contact.screens').then((module) => module.default),
});
