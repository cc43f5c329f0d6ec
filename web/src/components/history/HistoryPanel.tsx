import { useState } from 'react';
import { Badge, Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { IconHistory, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { formatDateTime } from '../../i18n/format';
import { ConfirmDialog } from '../ConfirmDialog';
import { ContentSkeleton } from '../ContentSkeleton';
import { EmptyState } from '../EmptyState';
import { ErrorState } from '../ErrorState';
import { ChangeList } from './ChangeList';
import { changeRows, detailRows, isEmptyValue, type ChangeRow, type FieldFormat } from './changes';
import { useHistory, useRestoreVersion, type Version } from './history.api';
import { referencedRecords, useRecordNames, withNames } from './recordNames.api';

export interface HistoryPanelProps {
  /** `role`, `user`, `department`, `contact`… as the history API names it. */
  entityType: string;
  entityId: string;
  /** The version of the record the screen shows; a restore names it so a stale screen cannot overwrite newer work. */
  currentVersion: number;
  /** Whether the signed-in user may change the record (else no restore buttons). */
  canRestore?: boolean;
  /** Called after a restore (and after a conflict) so the screen reloads the record. */
  onRestored?: () => unknown;
  /** Field labels and values for this record type. */
  formatField?: FieldFormat;
}

const PAGE = 15;

/** What a version shows: its changes, or for a creation (or the oldest version kept) the values it had, empty ones left out. */
function versionRows(version: Version, snapshot: boolean, format: FieldFormat | undefined): ChangeRow[] {
  if (!snapshot) return changeRows(version.changes, format);
  const rows = changeRows(version.changes, format).filter((row) => !isEmptyValue(row.after)).map((row) => ({ ...row, before: undefined }));
  return rows.length === 0 ? detailRows(version.data, format) : rows;
}
const ACTION_COLOR: Record<string, string> = { create: 'green', delete: 'red', restore: 'teal', rollback: 'orange', merge: 'grape' };

/**
 * A record's versions, newest first: who changed what and when, each change as before → after,
 * with "Restore this version" to put earlier values back (saved as a new version).
 */
export function HistoryPanel({ entityType, entityId, currentVersion, canRestore = true, onRestored, formatField }: HistoryPanelProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const history = useHistory(entityType, entityId, currentVersion);
  const restoreVersion = useRestoreVersion(entityType, entityId);
  const [shown, setShown] = useState(PAGE);
  const [restoring, setRestoring] = useState<Version | null>(null);
  const visible = (history.data ?? []).slice(0, shown).map((version, index, all) => ({
    version,
    rows: versionRows(version, version.action === 'create' || (index === all.length - 1 && all.length === history.data?.length), formatField),
  }));
  const names = useRecordNames(visible.flatMap(({ rows }) => referencedRecords(rows, formatField)));
  const format = withNames(formatField, names, t('history.hiddenRecord'));

  if (history.isPending) return <ContentSkeleton />;
  if (history.isError) return <ErrorState message={apiErrorText(t, history.error)} onRetry={() => void history.refetch()} />;
  const versions = history.data;
  if (versions.length === 0) {
    return <EmptyState order={3} icon={<IconHistory size={32} />} title={t('history.empty')} />;
  }
  const newest = versions[0]?.version;

  async function restore(version: Version) {
    try {
      await restoreVersion.mutateAsync({ version: version.version, currentVersion });
    } catch (error) {
      // Someone saved meanwhile: show their version before anything is overwritten.
      if (isApiError(error, 'conflict')) await onRestored?.();
      throw error;
    }
    await onRestored?.();
  }

  function restoreErrorText(error: unknown): string {
    if (isApiError(error) && error.fields._ === 'merged') return t('history.merged');
    if (isApiError(error, 'conflict')) return t('history.conflict');
    return apiErrorText(t, error);
  }

  return (
    <Stack gap="md">
      <Timeline bulletSize={22} lineWidth={2} active={-1}>
        {visible.map(({ version, rows: shownRows }, index) => {
          // A creation, or the oldest version kept, has nothing before it: its "changes" are the whole record.
          const snapshot = version.action === 'create' || index === versions.length - 1;
          const isCurrent = version.version === newest;
          return (
            <Timeline.Item
              key={version.version}
              bullet={<IconHistory size={12} aria-hidden />}
              color={ACTION_COLOR[version.action] ?? 'blue'}
              title={
                <Group gap={6} wrap="wrap">
                  <Text fw={600} size="sm">
                    {t(`history.actions.${version.action}`, { defaultValue: version.action })}
                  </Text>
                  <Badge size="xs" variant="light" color="gray">
                    {t('history.versionNumber', { version: version.version })}
                  </Badge>
                  {isCurrent ? (
                    <Badge size="xs" variant="light">
                      {t('history.current')}
                    </Badge>
                  ) : null}
                </Group>
              }
            >
              <Text size="xs" c="dimmed" mb={4}>
                {version.actor?.name ?? t('history.system')} · {formatDateTime(version.at, me.timeZone)}
              </Text>
              {snapshot && version.action !== 'create' ? (
                <Text size="xs" c="dimmed" fs="italic">
                  {t('history.snapshot')}
                </Text>
              ) : null}
              {shownRows.length > 0 ? <ChangeList rows={shownRows} format={format} data={version.data} size="xs" limit={snapshot ? 8 : undefined} /> : null}
              {canRestore && !isCurrent && version.action !== 'delete' && version.data ? (
                <Button
                  variant="subtle"
                  size="compact-xs"
                  mt={6}
                  leftSection={<IconRestore size={14} />}
                  onClick={() => setRestoring(version)}
                >
                  {t('history.restore')}
                </Button>
              ) : null}
            </Timeline.Item>
          );
        })}
      </Timeline>
      {versions.length > shown ? (
        <Button variant="default" size="xs" onClick={() => setShown((n) => n + PAGE)} style={{ alignSelf: 'flex-start' }}>
          {t('history.showOlder', { count: versions.length - shown })}
        </Button>
      ) : null}
      <ConfirmDialog
        opened={restoring !== null}
        title={t('history.confirmTitle', { version: restoring?.version ?? 0 })}
        confirmLabel={t('history.restore')}
        onClose={() => setRestoring(null)}
        onConfirm={() => restore(restoring!)}
        errorText={restoreErrorText}
      >
        {t('history.confirmText', { date: restoring ? formatDateTime(restoring.at, me.timeZone) : '' })}
      </ConfirmDialog>
    </Stack>
  );
}
