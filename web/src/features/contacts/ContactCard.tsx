import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { formatDateTime } from '../../i18n/format';
import { CardFallback } from '../clients/CardFallback';
import { customRows } from '../clients/customRows';
import { FieldRows, type FieldRow } from '../clients/FieldRows';
import { useFieldDefs } from '../clients/fieldDefs';
import { formatDay } from '../clients/formatDay';
import { pointRows } from '../clients/PointsView';
import { RecordCard } from '../clients/RecordCard';
import { StatusBadge } from '../clients/StatusBadge';
import { TagList } from '../clients/TagList';
import { ContactCompanies } from './ContactCompanies';
import { ContactForm } from './ContactForm';
import { useContact } from './contacts.api';

/** A contact's card (/contacts/:id). */
export function ContactCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id = '' } = useParams();
  const query = useContact(id);
  const { defs } = useFieldDefs('contact');
  const contact = query.data;
  if (!contact) return <CardFallback entity="contact" error={query.error} onRetry={() => void query.refetch()} />;

  const rows: FieldRow[] = [
    ...pointRows(t, contact),
    { key: 'birthday', label: t('contacts.fields.birthday'), value: contact.birthday ? formatDay(contact.birthday) : null },
    { key: 'source', label: t('clients.fields.source'), value: contact.source },
    { key: 'tags', label: t('clients.fields.tags'), value: contact.tags.length ? <TagList tags={contact.tags} /> : null },
    ...customRows(defs, contact.custom),
    { key: 'lastActivityAt', label: t('clients.fields.lastActivityAt'), value: contact.lastActivityAt ? formatDateTime(contact.lastActivityAt, me.timeZone) : null },
    { key: 'createdAt', label: t('clients.fields.createdAt'), value: formatDateTime(contact.createdAt, me.timeZone) },
  ];
  const subtitle = [contact.position, contact.companies.find((link) => link.company && !link.endedOn)?.company?.name].filter(Boolean).join(' · ');

  return (
    <RecordCard
      entity="contact"
      record={contact}
      subtitle={subtitle || null}
      badge={<StatusBadge status={contact.status} size="lg" />}
      renderForm={(props) => <ContactForm {...props} contact={contact} />}
    >
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h5" mb="sm">
          {t('clients.card.details')}
        </Title>
        <FieldRows rows={rows} />
        {contact.notes ? (
          <>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" mt="md">
              {t('clients.fields.notes')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {contact.notes}
            </Text>
          </>
        ) : null}
      </Paper>
      <ContactCompanies contact={contact} />
    </RecordCard>
  );
}
