import { Code, Group, Paper, Stack, Text, em, getBreakpointValue, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { ChangeList } from '../../components/history/ChangeList';
import { entityTypeLabel } from '../../components/history/entityLabels';
import { formatDateTime } from '../../i18n/format';
import { auditActionLabel } from './actionLabel';
import { AuditTable, RecordLink, auditRows, type AuditTableProps } from './AuditTable';

/** The log as a table where there is room, as one card per entry on phones (a six-column table would not fit). */
export function AuditList(props: AuditTableProps) {
  const theme = useMantineTheme();
  const narrow = useMediaQuery(`(max-width: ${em(getBreakpointValue(theme.breakpoints.md, theme.breakpoints) - 1)})`);
  return narrow ? <AuditCards {...props} /> : <AuditTable {...props} />;
}

function AuditCards({ entries, recordName, formatFor, onRecord }: AuditTableProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('settings.sections.audit')}>
      {entries.map((entry, index) => {
        const format = formatFor(entry.entityType);
        const rows = auditRows(entry, format);
        const name = entry.entityType && entry.entityId ? recordName(entry.entityType, entry.entityId) : undefined;
        return (
          <Paper
            component="li"
            key={entry.id}
            p="sm"
            radius={0}
            bg="transparent"
            style={{ borderTop: index === 0 ? undefined : '1px solid var(--mantine-color-default-border)' }}
          >
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text size="sm" fw={600}>
                  {auditActionLabel(t, entry.action)}
                </Text>
                <Text size="xs" c="dimmed" ta="right" style={{ flexShrink: 0 }}>
                  {formatDateTime(entry.at, me.timeZone)}
                </Text>
              </Group>
              <Group gap={6} wrap="wrap">
                <Code>{entry.action}</Code>
                <Text size="xs" c="dimmed">
                  {entry.actor?.name || t('history.system')}
                  {entry.ip ? ` · ${entry.ip}` : ''}
                </Text>
              </Group>
              {entry.entityType ? (
                <Group gap={4} wrap="wrap">
                  <Text size="xs">{entityTypeLabel(t, entry.entityType)}</Text>
                  {entry.entityId ? <RecordLink type={entry.entityType} id={entry.entityId} name={name} onRecord={onRecord} /> : null}
                </Group>
              ) : null}
              {rows.length > 0 ? <ChangeList rows={rows} format={format} limit={4} size="xs" /> : null}
              {entry.hidden ? <Text size="xs" c="dimmed">{t('audit.hiddenDetails')}</Text> : null}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
