import { Suspense, useEffect, useState } from 'react';
import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '../app/session';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDateTime } from '../i18n/format';
import { UndoMergeButton } from '../features/duplicates/UndoMergeButton';
import { useReloadTimeline } from '../features/timeline/timeline.api';
import { rememberRecord } from '../features/home/recentRecords';
import { CardFallback } from '../features/clients/CardFallback';
import { CardHeader } from '../features/clients/CardHeader';
import { ClientTabs } from '../features/clients/ClientTabs';
import { clientKeys, useDeleteRecord, useReloadRecord } from '../features/clients/clients.api';
import { customRows } from '../features/clients/customRows';
import { FieldRows, type FieldRow } from '../features/clients/FieldRows';
import { useFieldDefs } from '../features/clients/fieldDefs';
import { TagList } from '../features/clients/TagList';
import { mergeEntity } from './mergeEntity';
import { useRecordType } from './recordTypeContext';
import { recordPath, relatedPanelsOf } from './registry';
import { useRecordHistoryFormat } from './useRecordHistoryFormat';

/**
 * The card of any record type (`<path>/:id`): header with actions, the type's details and panels on
 * the left, timeline / files / history on the right, the type's form to edit, delete to the trash.
 */
export function RecordCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { registration, screens, meta } = useRecordType();
  const { entityType, plural: ns } = registration;
  const query = useQuery({ queryKey: clientKeys.record(entityType, id), queryFn: () => screens.fetch(id) });
  const reloadRecord = useReloadRecord(entityType);
  const reloadTimeline = useReloadTimeline(entityType, id);
  const deleteRecord = useDeleteRecord(entityType);
  const { defs } = useFieldDefs(entityType, meta.features.customFields);
  const historyFormat = useRecordHistoryFormat(entityType, ns, screens, meta.features.customFields);
  const [tab, setTab] = useState(meta.features.timeline ? 'timeline' : 'files');
  const [noteFocus, setNoteFocus] = useState(0);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const record = query.data;
  const shownId = record?.id;
  // The home page's "recently viewed": a card counts once it has loaded.
  useEffect(() => {
    if (shownId) rememberRecord(me.id, { entityType, id: shownId });
  }, [me.id, entityType, shownId]);
  if (!record) return <CardFallback entityType={entityType} error={query.error} onRetry={() => void query.refetch()} />;

  const title = screens.title(record);
  const merge = mergeEntity(meta);
  const { Sections, Top, Form } = { Sections: screens.card.Sections, Top: screens.card.Top, Form: screens.Form };
  const related = relatedPanelsOf(entityType);

  async function refresh() {
    await reloadRecord(id);
    await reloadTimeline();
  }

  const rows: FieldRow[] = [
    ...screens.card.rows(t, record, me.timeZone),
    ...(meta.features.tags ? [{ key: 'tags', label: t('clients.fields.tags'), value: record.tags?.length ? <TagList tags={record.tags} /> : null }] : []),
    ...(meta.features.customFields ? customRows(defs, record.custom ?? {}) : []),
    ...(meta.features.timeline ? [{ key: 'lastActivityAt', label: t('clients.fields.lastActivityAt'), value: record.lastActivityAt ? formatDateTime(record.lastActivityAt, me.timeZone) : null }] : []),
    { key: 'createdAt', label: t('clients.fields.createdAt'), value: formatDateTime(record.createdAt, me.timeZone) },
  ];

  return (
    <Stack gap="md">
      <CardHeader
        backTo={recordPath(entityType)}
        backLabel={t(`${ns}.title`)}
        title={title}
        subtitle={screens.card.subtitle(record)}
        badge={screens.card.badge?.(record)}
        owner={record.owner}
        phones={record.phones ?? []}
        emails={record.emails ?? []}
        abilities={record.abilities}
        canAddNote={meta.features.timeline && record.abilities.edit}
        onAddNote={() => {
          setTab('timeline');
          setNoteFocus((n) => n + 1);
        }}
        onEdit={() => setEditing(true)}
        onDelete={() => setDeleting(true)}
        extraActions={merge ? <UndoMergeButton entity={merge} survivorId={record.id} title={title} /> : null}
      />
      {Top ? <Top record={record} onChanged={refresh} /> : null}
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <Paper withBorder radius="md" p="md">
              <Title order={2} size="h5" mb="sm">
                {t('clients.card.details')}
              </Title>
              <FieldRows rows={rows} />
              {record.notes ? (
                <>
                  <Text size="xs" c="dimmed" fw={600} tt="uppercase" mt="md">
                    {t('clients.fields.notes')}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {record.notes}
                  </Text>
                </>
              ) : null}
            </Paper>
            {Sections ? <Sections record={record} /> : null}
            {related.map(({ Panel }, index) => (
              <Suspense key={index} fallback={null}>
                <Panel entityType={entityType} recordId={record.id} />
              </Suspense>
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <ClientTabs
            entity={entityType}
            id={record.id}
            title={title}
            version={record.version}
            canEdit={record.abilities.edit}
            timeline={meta.features.timeline}
            tab={tab}
            onTab={setTab}
            noteFocus={noteFocus}
            onChanged={refresh}
            formatField={historyFormat}
          />
        </Grid.Col>
      </Grid>
      <Form opened={editing} onClose={() => setEditing(false)} record={record} onReload={() => void reloadRecord(record.id)} />
      <ConfirmDialog
        opened={deleting}
        title={t(`${ns}.deleteTitle`, { name: title })}
        confirmLabel={t('clients.card.moveToTrash')}
        color="red"
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          await deleteRecord.mutateAsync({ id: record.id, version: record.version });
          navigate(recordPath(entityType), { state: { notice: t('clients.card.deleted', { name: title }) } });
        }}
      >
        {t('clients.card.deleteText')}
      </ConfirmDialog>
    </Stack>
  );
}
