import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { formatDay } from '../clients/formatDay';
import { commonColumns, dash, type ColumnDef } from '../clients/columns';
import { CONTACT_STATUSES, type Contact, type ContactListItem } from '../clients/clientTypes';
import { PhoneLink } from '../clients/PhoneLink';
import { pointRows } from '../clients/PointsView';
import { StatusBadge } from '../clients/StatusBadge';
import { defineScreens, type ChoiceField } from '../../records/screens';
import { ContactCompanies } from './ContactCompanies';
import { ContactForm } from './ContactForm';
import { callContactPhone, fetchContact } from './contacts.api';

function columns(t: TFunction, timeZone: string): ColumnDef<ContactListItem>[] {
  const common = commonColumns<ContactListItem>(t, timeZone);
  return [
    common.phone!,
    common.email!,
    { key: 'companies', label: t('contacts.fields.companies'), render: (item) => (item.companyNames.length ? item.companyNames.join(', ') : dash) },
    { key: 'position', label: t('contacts.fields.position'), render: (item) => item.position ?? dash },
    { key: 'status', label: t('clients.fields.status'), render: (item) => <StatusBadge status={item.status} /> },
    common.owner!,
    common.tags!,
    { key: 'birthday', label: t('contacts.fields.birthday'), render: (item) => (item.birthday ? formatDay(item.birthday) : dash) },
    common.source!,
    common.website!,
    common.lastActivityAt!,
    common.createdAt!,
    common.updatedAt!,
  ];
}

const STATUS: ChoiceField = {
  label: (t) => t('clients.fields.status'),
  choices: (t) => CONTACT_STATUSES.map((value) => ({ value, label: t(`clients.status.${value}`) })),
};

/** A contact's own parts of the generic list, card and form. */
export default defineScreens<ContactListItem, Contact>({
  title: (item) => item.displayName,
  list: {
    columns,
    defaultColumns: ['phone', 'email', 'companies', 'status', 'owner', 'tags', 'lastActivityAt'],
    subtitle: (item) => item.position,
    cardDetails: (item) => (
      <>
        {item.primaryPhone ? (
          <Text size="sm">
            <PhoneLink phone={item.primaryPhone} />
          </Text>
        ) : null}
        {item.companyNames.length ? (
          <Text size="sm" c="dimmed" truncate>
            {item.companyNames.join(', ')}
          </Text>
        ) : null}
      </>
    ),
  },
  paramFilters: { status: { ...STATUS, label: (t) => t('clients.filters.status') } },
  bulkSet: { status: { ...STATUS, button: (t) => t('clients.bulk.setStatus') } },
  fetch: fetchContact,
  card: {
    subtitle: (contact) => [contact.position, contact.companies.find((link) => link.company && !link.endedOn)?.company?.name].filter(Boolean).join(' · ') || null,
    badge: (contact) => <StatusBadge status={contact.status} size="lg" />,
    rows: (t, contact) => [
      ...pointRows(t, contact, (index) => callContactPhone(contact.id, index)),
      { key: 'birthday', label: t('contacts.fields.birthday'), value: contact.birthday ? formatDay(contact.birthday) : null },
      { key: 'source', label: t('clients.fields.source'), value: contact.source },
    ],
    Sections: ({ record }) => <ContactCompanies contact={record} />,
  },
  Form: ContactForm,
});
