import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { ClientListPage, type ListConfig } from '../clients/ClientListPage';
import type { CompanyListItem } from '../clients/clientTypes';
import { commonColumns, dash, type ColumnDef } from '../clients/columns';
import { PhoneLink } from '../clients/PhoneLink';
import { CompanyForm } from './CompanyForm';

function columns(t: TFunction, timeZone: string): ColumnDef<CompanyListItem>[] {
  const common = commonColumns<CompanyListItem>(t, timeZone);
  return [
    common.phone!,
    common.email!,
    { key: 'industry', label: t('companies.fields.industry'), render: (item) => item.industry ?? dash },
    { key: 'size', label: t('companies.fields.size'), render: (item) => (item.size ? t('companies.sizeOption', { size: item.size }) : dash) },
    { key: 'taxId', label: t('companies.fields.taxId'), render: (item) => item.taxId ?? dash },
    { key: 'legalName', label: t('companies.fields.legalName'), render: (item) => item.legalName ?? dash },
    common.owner!,
    common.tags!,
    common.source!,
    common.website!,
    common.lastActivityAt!,
    common.createdAt!,
    common.updatedAt!,
  ];
}

const CONFIG: ListConfig<CompanyListItem> = {
  entity: 'company',
  columns,
  defaultColumns: ['phone', 'email', 'industry', 'owner', 'tags', 'lastActivityAt'],
  subtitle: (item) => item.legalName,
  cardDetails: (item) => (
    <>
      {item.primaryPhone ? (
        <Text size="sm">
          <PhoneLink phone={item.primaryPhone} />
        </Text>
      ) : null}
      {item.industry ? (
        <Text size="sm" c="dimmed" truncate>
          {item.industry}
        </Text>
      ) : null}
    </>
  ),
  CreateForm: CompanyForm,
};

/** All companies the user may see. */
export function CompaniesPage() {
  return <ClientListPage config={CONFIG} />;
}
