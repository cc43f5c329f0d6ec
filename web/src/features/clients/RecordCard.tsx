import { useState, type ReactNode } from 'react';
import { Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { UndoMergeButton } from '../duplicates/UndoMergeButton';
import { useReloadTimeline } from '../timeline/timeline.api';
import { useAllUsers } from '../users/users.api';
import { CardHeader } from './CardHeader';
import { ClientTabs } from './ClientTabs';
import { useDeleteRecord, useReloadRecord } from './clients.api';
import { modulePath, recordTitle, type Abilities, type ClientEntity, type Email, type Phone, type UserRef } from './clientTypes';
import { useFieldDefs } from './fieldDefs';
import { clientHistoryFormat } from './historyFormat';

interface CardRecord {
  id: string;
  version: number;
  abilities: Abilities;
  owner: UserRef;
  phones: Phone[];
  emails: Email[];
  displayName?: string;
  name?: string;
}

interface RecordCardProps {
  entity: ClientEntity;
  record: CardRecord;
  subtitle?: string | null;
  badge?: ReactNode;
  /** The left column: fields, links. */
  children: ReactNode;
  /** The edit form; `onReload` fetches the current version after a conflict. */
  renderForm: (props: { opened: boolean; onClose: () => void; onReload: () => void }) => ReactNode;
}

/** A contact's or company's card: header with actions, details on the left, timeline/files/history on the right. */
export function RecordCard({ entity, record, subtitle, badge, children, renderForm }: RecordCardProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reloadRecord = useReloadRecord(entity);
  const reloadTimeline = useReloadTimeline(entity, record.id);
  const deleteRecord = useDeleteRecord(entity);
  const { defs } = useFieldDefs(entity);
  const users = useAllUsers();
  const [tab, setTab] = useState('timeline');
  const [noteFocus, setNoteFocus] = useState(0);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const ns = entity === 'contact' ? 'contacts' : 'companies';
  const title = recordTitle(record);

  async function refresh() {
    await reloadRecord(record.id);
    await reloadTimeline();
  }

  const customLabels = Object.fromEntries(defs.map((def) => [def.key, def.label]));

  return (
    <Stack gap="md">
      <CardHeader
        backTo={modulePath(entity)}
        backLabel={t(`${ns}.title`)}
        title={title}
        subtitle={subtitle}
        badge={badge}
        owner={record.owner}
        phones={record.phones}
        emails={record.emails}
        abilities={record.abilities}
        canAddNote={record.abilities.edit}
        onAddNote={() => {
          setTab('timeline');
          setNoteFocus((n) => n + 1);
        }}
        onEdit={() => setEditing(true)}
        onDelete={() => setDeleting(true)}
        extraActions={<UndoMergeButton entity={entity} survivorId={record.id} title={title} />}
      />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">{children}</Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <ClientTabs
            entity={entity}
            id={record.id}
            title={title}
            version={record.version}
            canEdit={record.abilities.edit}
            tab={tab}
            onTab={setTab}
            noteFocus={noteFocus}
            onChanged={refresh}
            formatField={clientHistoryFormat(t, customLabels, (userId) => users.data?.find((user) => user.id === userId)?.name)}
          />
        </Grid.Col>
      </Grid>
      {renderForm({
        opened: editing,
        onClose: () => setEditing(false),
        onReload: () => reloadRecord(record.id),
      })}
      <ConfirmDialog
        opened={deleting}
        title={t(`${ns}.deleteTitle`, { name: title })}
        confirmLabel={t('clients.card.moveToTrash')}
        color="red"
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          await deleteRecord.mutateAsync({ id: record.id, version: record.version });
          navigate(modulePath(entity), { state: { notice: t('clients.card.deleted', { name: title }) } });
        }}
      >
        {t('clients.card.deleteText')}
      </ConfirmDialog>
    </Stack>
  );
}
