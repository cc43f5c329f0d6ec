import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorState } from '../../components/ErrorState';
import { startOfDayUtc } from '../../i18n/format';
import { useDepartments } from '../departments/departments.api';
import { roleLabel } from '../roles/roleLabel';
import { useRoles } from '../roles/roles.api';
import { useAbilities } from '../settings/access';
import { NoAccess } from '../settings/NoAccess';
import { SettingsPage } from '../settings/SettingsPage';
import { useRecordFieldFormat } from '../settings/recordFormat';
import { useAllUsers } from '../users/users.api';
import { AuditFilters, EMPTY_FILTERS, type AuditFilterValues } from './AuditFilters';
import { AuditList } from './AuditList';
import { downloadAuditCsv, useAuditLog, type AuditFilter } from './audit.api';
import { useAuditFormats } from './useAuditFormats';

/** The typed filters as the API reads them: an action prefix, and whole days in the user's time zone. */
function toApiFilter(values: AuditFilterValues, timeZone: string): AuditFilter {
  const action = values.action.trim();
  return {
    userId: values.userId ?? undefined,
    action: action ? (action.endsWith('.') || action.endsWith('*') ? action : `${action}*`) : undefined,
    entityType: values.entityType ?? undefined,
    entityId: values.entityId ?? undefined,
    from: values.from ? startOfDayUtc(values.from, timeZone) : undefined,
    to: values.to ? startOfDayUtc(values.to, timeZone, 1) : undefined,
  };
}

/** Who did what and when, newest first, with filters, "load more" and a CSV export. */
export default function AuditPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const abilities = useAbilities();
  // A record's card links here as `?entityType=contact&entityId=…`.
  const [params] = useSearchParams();
  const [values, setValues] = useState<AuditFilterValues>(() => ({
    ...EMPTY_FILTERS,
    entityType: params.get('entityType'),
    entityId: params.get('entityId'),
  }));
  const [debounced] = useDebouncedValue(values, 300);
  const filter = useMemo(() => toApiFilter(debounced, me.timeZone), [debounced, me.timeZone]);
  const log = useAuditLog(filter);
  const canSeeUsers = abilities.can('users', 'view');
  const users = useAllUsers(canSeeUsers);
  const roles = useRoles(canSeeUsers);
  const departments = useDepartments(canSeeUsers);
  const format = useRecordFieldFormat();
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const records = useAuditFormats(entries, format);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);

  if (isApiError(log.error) && log.error.status === 403) return <NoAccess />;

  const userOptions = (users.data ?? []).map((user) => ({ value: user.id, label: user.name }));
  const recordName = (type: string, id: string): string | undefined => {
    if (type === 'user') return users.data?.find((u) => u.id === id)?.name;
    if (type === 'department') return departments.data?.find((d) => d.id === id)?.name;
    if (type === 'role') {
      const role = roles.data?.items.find((r) => r.id === id);
      return role ? roleLabel(t, role.key, role.name) : undefined;
    }
    return records.recordName(type, id);
  };

  async function exportCsv() {
    setExporting(true);
    setExportError(null);
    try {
      await downloadAuditCsv(filter);
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  }

  const filtered = JSON.stringify(values) !== JSON.stringify(EMPTY_FILTERS);
  return (
    <SettingsPage
      title={t('settings.sections.audit')}
      description={t('audit.description')}
      actions={
        abilities.can('audit', 'export') ? (
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportCsv()} loading={exporting}>
            {t('audit.export')}
          </Button>
        ) : null
      }
    >
      {exportError ? <ErrorAlert error={exportError} /> : null}
      <AuditFilters
        values={values}
        users={userOptions}
        onChange={setValues}
        recordLabel={values.entityType && values.entityId ? (recordName(values.entityType, values.entityId) ?? params.get('name') ?? undefined) : undefined}
      />
      <Paper withBorder radius="md">
        {log.isPending ? (
          <ContentSkeleton />
        ) : log.isError ? (
          <ErrorState message={apiErrorText(t, log.error)} onRetry={() => void log.refetch()} />
        ) : entries.length === 0 ? (
          <EmptyState order={3} icon={<IconListDetails size={32} />} title={filtered ? t('audit.emptyFiltered') : t('audit.empty')} />
        ) : (
          <AuditList entries={entries} recordName={recordName} formatFor={records.formatFor} onRecord={(entityType, entityId) => setValues({ ...values, entityType, entityId })} />
        )}
      </Paper>
      {entries.length > 0 ? (
        <Stack align="center" gap={4}>
          {log.hasNextPage ? (
            <Button variant="default" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
              {t('audit.loadMore')}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t('audit.end')}
            </Text>
          )}
          {log.isFetchNextPageError ? <Text size="sm" c="red">{apiErrorText(t, log.error)}</Text> : null}
        </Stack>
      ) : null}
    </SettingsPage>
  );
}
