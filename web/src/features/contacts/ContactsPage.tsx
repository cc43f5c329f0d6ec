import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { ClientListPage, type ListConfig } from '../clients/ClientListPage';
import type { ContactListItem } from '../clients/clientTypes';
import { commonColumns, dash, type ColumnDef } from '../clients/columns';
import { PhoneLink } from '../clients/PhoneLink';
import { StatusBadge } from '../clients/StatusBadge';
import { formatDay } from '../clients/formatDay';
import { ContactForm } from './ContactForm';

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

const CONFIG: ListConfig<ContactListItem> = {
  entity: 'contact',
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
  CreateForm: ContactForm,
};

/** All contacts the user may see. */
export function ContactsPage() {
  return <ClientListPage config={CONFIG} />;
}
