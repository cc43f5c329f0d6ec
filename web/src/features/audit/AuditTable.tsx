import { Anchor, Code, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { ChangeList } from '../../components/history/ChangeList';
import { changeRows, detailRows, isFieldDiff, type ChangeRow, type FieldFormat } from '../../components/history/changes';
import { entityTypeLabel } from '../../components/history/entityLabels';
import { formatDateTime } from '../../i18n/format';
import { auditActionLabel } from './actionLabel';
import type { AuditEntry } from './audit.api';

export interface AuditTableProps {
  entries: AuditEntry[];
  /** A record's name when the screen knows it (users, roles, departments). */
  recordName: (type: string, id: string) => string | undefined;
  /** The format of an entry's fields, by the entry's entity type. */
  formatFor: (entityType: string | null) => FieldFormat;
  /** Narrows the log to one record's entries. */
  onRecord: (entityType: string, entityId: string) => void;
}

/** What an entry changed (a field diff), or the details it carries (a created record, a failed sign-in's reason). */
export function auditRows(entry: AuditEntry, format: FieldFormat): ChangeRow[] {
  return isFieldDiff(entry.changes) ? changeRows(entry.changes, format) : detailRows(entry.changes, format);
}

/** Newest first: when, who, what, on which record, which fields changed, and from where. */
export function AuditTable({ entries, recordName, formatFor, onRecord }: AuditTableProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" aria-label={t('settings.sections.audit')} style={{ tableLayout: 'fixed' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{t('audit.columns.time')}</Table.Th>
            <Table.Th w={140}>{t('audit.columns.user')}</Table.Th>
            <Table.Th w={190}>{t('audit.columns.action')}</Table.Th>
            <Table.Th w={160}>{t('audit.columns.record')}</Table.Th>
            <Table.Th>{t('audit.columns.changes')}</Table.Th>
            <Table.Th w={120}>{t('audit.columns.ip')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const format = formatFor(entry.entityType);
            const rows = auditRows(entry, format);
            const name = entry.entityType && entry.entityId ? recordName(entry.entityType, entry.entityId) : undefined;
            return (
              <Table.Tr key={entry.id} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <Text size="sm">{formatDateTime(entry.at, me.timeZone)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {entry.actor?.name || (entry.actor ? '—' : t('history.system'))}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm">{auditActionLabel(t, entry.action)}</Text>
                    <Code style={{ alignSelf: 'flex-start', overflowWrap: 'anywhere' }}>{entry.action}</Code>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {entry.entityType ? (
                    <Stack gap={0}>
                      <Text size="sm">{entityTypeLabel(t, entry.entityType)}</Text>
                      {entry.entityId ? <RecordLink type={entry.entityType} id={entry.entityId} name={name} onRecord={onRecord} /> : null}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{rows.length > 0 ? <ChangeList rows={rows} format={format} limit={4} size="xs" /> : <Text size="sm" c="dimmed">{entry.hidden ? t('audit.hiddenDetails') : '—'}</Text>}</Table.Td>
                <Table.Td>
                  <Tooltip label={entry.userAgent ?? ''} disabled={!entry.userAgent} multiline maw={320}>
                    <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {entry.ip ?? '—'}
                    </Text>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A record's name (or the end of its id) that narrows the log to that record. */
export function RecordLink({ type, id, name, onRecord }: { type: string; id: string; name: string | undefined; onRecord: AuditTableProps['onRecord'] }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('audit.filters.onlyThis')}>
      <Anchor component="button" type="button" size="xs" ta="left" style={{ overflowWrap: 'anywhere' }} onClick={() => onRecord(type, id)} data-testid="audit-record-link">
        {name ?? id.slice(-8)}
      </Anchor>
    </Tooltip>
  );
}
