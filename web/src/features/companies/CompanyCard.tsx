import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { formatDateTime } from '../../i18n/format';
import { CardFallback } from '../clients/CardFallback';
import { customRows } from '../clients/customRows';
import { FieldRows, type FieldRow } from '../clients/FieldRows';
import { useFieldDefs } from '../clients/fieldDefs';
import { pointRows } from '../clients/PointsView';
import { RecordCard } from '../clients/RecordCard';
import { TagList } from '../clients/TagList';
import { CompanyForm } from './CompanyForm';
import { CompanyPeople } from './CompanyPeople';
import { useCompany } from './companies.api';

/** A company's card (/companies/:id). */
export function CompanyCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id = '' } = useParams();
  const query = useCompany(id);
  const { defs } = useFieldDefs('company');
  const company = query.data;
  if (!company) return <CardFallback entity="company" error={query.error} onRetry={() => void query.refetch()} />;

  const rows: FieldRow[] = [
    { key: 'legalName', label: t('companies.fields.legalName'), value: company.legalName },
    { key: 'taxId', label: t('companies.fields.taxId'), value: company.taxId },
    { key: 'industry', label: t('companies.fields.industry'), value: company.industry },
    { key: 'size', label: t('companies.fields.size'), value: company.size ? t('companies.sizeOption', { size: company.size }) : null },
    ...pointRows(t, company),
    { key: 'source', label: t('clients.fields.source'), value: company.source },
    { key: 'tags', label: t('clients.fields.tags'), value: company.tags.length ? <TagList tags={company.tags} /> : null },
    ...customRows(defs, company.custom),
    { key: 'lastActivityAt', label: t('clients.fields.lastActivityAt'), value: company.lastActivityAt ? formatDateTime(company.lastActivityAt, me.timeZone) : null },
    { key: 'createdAt', label: t('clients.fields.createdAt'), value: formatDateTime(company.createdAt, me.timeZone) },
  ];

  return (
    <RecordCard entity="company" record={company} subtitle={company.industry} renderForm={(props) => <CompanyForm {...props} company={company} />}>
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h5" mb="sm">
          {t('clients.card.details')}
        </Title>
        <FieldRows rows={rows} />
        {company.notes ? (
          <>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" mt="md">
              {t('clients.fields.notes')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {company.notes}
            </Text>
          </>
        ) : null}
      </Paper>
      <CompanyPeople company={company} />
    </RecordCard>
  );
}
