import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { commonColumns, dash, type ColumnDef } from '../clients/columns';
import type { Company, CompanyListItem } from '../clients/clientTypes';
import { PhoneLink } from '../clients/PhoneLink';
import { pointRows } from '../clients/PointsView';
import { defineScreens } from '../../records/screens';
import { CompanyForm } from './CompanyForm';
import { CompanyPeople } from './CompanyPeople';
import { callCompanyPhone, fetchCompany } from './companies.api';

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

/** A company's own parts of the generic list, card and form. */
export default defineScreens<CompanyListItem, Company>({
  title: (item) => item.name,
  list: {
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
  },
  fetch: fetchCompany,
  card: {
    subtitle: (company) => company.industry,
    rows: (t, company) => [
      { key: 'legalName', label: t('companies.fields.legalName'), value: company.legalName },
      { key: 'taxId', label: t('companies.fields.taxId'), value: company.taxId },
      { key: 'industry', label: t('companies.fields.industry'), value: company.industry },
      { key: 'size', label: t('companies.fields.size'), value: company.size ? t('companies.sizeOption', { size: company.size }) : null },
      ...pointRows(t, company, (index) => callCompanyPhone(company.id, index)),
      { key: 'source', label: t('clients.fields.source'), value: company.source },
    ],
    Sections: ({ record }) => <CompanyPeople company={record} />,
  },
  Form: CompanyForm,
});
