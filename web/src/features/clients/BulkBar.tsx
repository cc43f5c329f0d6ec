import { useCallback, useState } from 'react';
import { Anchor, Button, Group, Paper, Select, Stack, TagsInput, Text } from '@mantine/core';
import { IconArrowsJoin, IconFlag, IconTag, IconTagOff, IconTrash, IconUserShare, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MergeDialog } from '../duplicates/MergeDialog';
import { formatNumber } from '../../i18n/format';
import { CONTACT_STATUSES, type BulkAction, type ClientEntity } from './clientTypes';
import { useTags } from './clients.api';
import { JobProgressBar } from '../jobs/JobProgressBar';
import { startBulk, type JobProgress } from '../jobs/jobs.api';

interface BulkBarProps {
  entity: ClientEntity;
  ids: string[];
  canEdit: boolean;
  canDelete: boolean;
  users: Array<{ value: string; label: string }>;
  /** How many records the list's filter matches, when known: offers "select all N matching". */
  total?: number;
  /** The list's filter as query parameters, sent instead of ids when every matching record is selected. */
  match?: Record<string, string>;
  onClear: () => void;
  /** After an action: how many changed and how many were out of reach. */
  onDone: (result: { updated: number; skipped: number }) => Promise<void>;
  /** After the selected records were merged into one. */
  onMerged: () => void;
}

// A merge keeps one record and folds in up to ten others.
const MERGE_MAX = 11;

/**
 * Actions on the selected rows, or on every record the filter matches, each confirmed first: owner,
 * tags, status, delete. Over one page of records the server runs it as a job, whose progress shows here.
 */
export function BulkBar({ entity, ids, canEdit, canDelete, users, total, match, onClear, onDone, onMerged }: BulkBarProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<BulkAction | null>(null);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  const [allMatching, setAllMatching] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const tagSuggestions = useTags(entity);
  const size = allMatching && total !== undefined ? total : ids.length;
  const count = formatNumber(size);
  const canSelectAll = match !== undefined && total !== undefined && total > ids.length && !allMatching;

  function open(next: BulkAction) {
    setOwnerId(null);
    setTags([]);
    setStatus(null);
    setAction(next);
  }

  async function confirm() {
    if (!action) return;
    const selection = allMatching && match ? { match } : { ids };
    const input = { ...selection, action, ...(action === 'assign_owner' ? { ownerId: ownerId ?? '' } : {}), ...(action.endsWith('_tags') ? { tags } : {}), ...(action === 'set_status' ? { status: status ?? '' } : {}) };
    const answer = await startBulk(entity, input);
    if (answer.job) setJobId(answer.job.id);
    else await onDone(answer);
  }

  const finished = useCallback((job: JobProgress) => {
    const result = job.result ?? {};
    setJobId(null);
    setAllMatching(false);
    void onDone({ updated: Number(result.updated ?? 0), skipped: Number(result.skipped ?? 0) });
  }, [onDone]);

  if (jobId) {
    return (
      <Paper withBorder radius="md" p="xs" bg="var(--mantine-color-blue-light)" data-testid="bulk-bar">
        <JobProgressBar jobId={jobId} onFinished={finished} />
      </Paper>
    );
  }

  const ready = action === 'assign_owner' ? ownerId !== null : action?.endsWith('_tags') ? tags.length > 0 : action === 'set_status' ? status !== null : true;

  return (
    <Paper withBorder radius="md" p="xs" bg="var(--mantine-color-blue-light)" data-testid="bulk-bar">
      <Group gap="xs" wrap="wrap">
        <Stack gap={0} mr="xs">
          <Text size="sm" fw={600}>
            {allMatching ? t('clients.bulk.allSelected', { count: size, n: count }) : t('clients.bulk.selected', { count: ids.length, n: count })}
          </Text>
          {canSelectAll ? (
            <Anchor component="button" type="button" size="xs" onClick={() => setAllMatching(true)} data-testid="bulk-select-all">
              {t('clients.bulk.selectAll', { count: total, n: formatNumber(total) })}
            </Anchor>
          ) : null}
        </Stack>
        {canEdit ? (
          <>
            <Button size="xs" variant="default" leftSection={<IconUserShare size={14} />} onClick={() => open('assign_owner')}>
              {t('clients.bulk.assignOwner')}
            </Button>
            <Button size="xs" variant="default" leftSection={<IconTag size={14} />} onClick={() => open('add_tags')}>
              {t('clients.bulk.addTags')}
            </Button>
            <Button size="xs" variant="default" leftSection={<IconTagOff size={14} />} onClick={() => open('remove_tags')}>
              {t('clients.bulk.removeTags')}
            </Button>
            {entity === 'contact' ? (
              <Button size="xs" variant="default" leftSection={<IconFlag size={14} />} onClick={() => open('set_status')}>
                {t('clients.bulk.setStatus')}
              </Button>
            ) : null}
          </>
        ) : null}
        {canEdit && canDelete && !allMatching && ids.length >= 2 && ids.length <= MERGE_MAX ? (
          <Button size="xs" variant="default" leftSection={<IconArrowsJoin size={14} />} onClick={() => setMerging(true)} data-testid="bulk-merge">
            {t('clients.bulk.merge')}
          </Button>
        ) : null}
        {canDelete ? (
          <Button size="xs" variant="default" color="red" leftSection={<IconTrash size={14} />} onClick={() => open('delete')} data-testid="bulk-delete">
            {t('clients.bulk.delete')}
          </Button>
        ) : null}
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={() => { setAllMatching(false); onClear(); }}>
          {t('clients.bulk.clear')}
        </Button>
      </Group>
      {merging ? <MergeDialog entity={entity} recordIds={ids} opened onClose={() => setMerging(false)} onMerged={onMerged} /> : null}
      <ConfirmDialog
        opened={action !== null}
        title={action ? t(`clients.bulk.titles.${action}`, { count: size, n: count }) : ''}
        confirmLabel={action === 'delete' ? t('common.delete') : t('clients.bulk.apply')}
        color={action === 'delete' ? 'red' : undefined}
        onClose={() => setAction(null)}
        errorText={(error) => (error instanceof Error && error.message === 'incomplete' ? t('clients.bulk.pickValue') : null)}
        onConfirm={async () => {
          if (!ready) throw new Error('incomplete');
          await confirm();
        }}
      >
        {action === 'assign_owner' ? (
          <Select label={t('clients.fields.owner')} data={users} value={ownerId} onChange={setOwnerId} searchable nothingFoundMessage={t('common.nothingFound')} comboboxProps={{ withinPortal: false }} />
        ) : action === 'add_tags' || action === 'remove_tags' ? (
          <TagsInput label={t('clients.fields.tags')} data={(tagSuggestions.data ?? []).map((item) => item.tag)} value={tags} onChange={setTags} comboboxProps={{ withinPortal: false }} />
        ) : action === 'set_status' ? (
          <Select
            label={t('clients.fields.status')}
            data={CONTACT_STATUSES.map((value) => ({ value, label: t(`clients.status.${value}`) }))}
            value={status}
            onChange={setStatus}
            comboboxProps={{ withinPortal: false }}
          />
        ) : (
          <Text size="sm">{t('clients.bulk.deleteText', { count: size, n: count })}</Text>
        )}
      </ConfirmDialog>
    </Paper>
  );
}
