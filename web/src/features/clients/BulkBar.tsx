import { useCallback, useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowsJoin, IconFlag, IconTag, IconTagOff, IconTrash, IconUserShare, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MergeDialog } from '../duplicates/MergeDialog';
import { formatNumber } from '../../i18n/format';
import { mergeEntity } from '../../records/mergeEntity';
import { useRecordType } from '../../records/recordTypeContext';
import { BulkConfirm } from './BulkConfirm';
import { useTags } from './clients.api';
import { JobProgressBar } from '../jobs/JobProgressBar';
import type { BulkAnswer, JobProgress } from '../jobs/jobs.api';

interface BulkBarProps {
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
 * tags (where the type has tags), the type's own fields (status), merge (where it merges), delete.
 * Over one page of records the server runs it as a job, whose progress shows here.
 */
export function BulkBar({ ids, canEdit, canDelete, users, total, match, onClear, onDone, onMerged }: BulkBarProps) {
  const { t } = useTranslation();
  const { registration, screens, meta } = useRecordType();
  const { entityType } = registration;
  const [action, setAction] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  const [allMatching, setAllMatching] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const tagSuggestions = useTags(entityType, meta.features.tags);
  const size = allMatching && total !== undefined ? total : ids.length;
  const count = formatNumber(size);
  const canSelectAll = match !== undefined && total !== undefined && total > ids.length && !allMatching;
  const setFields = Object.entries(screens.bulkSet ?? {});
  const merge = mergeEntity(meta);

  async function started(answer: BulkAnswer) {
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

  const setField = action?.startsWith('set_') ? setFields.find(([name]) => `set_${name}` === action) : undefined;

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
            <Button size="xs" variant="default" leftSection={<IconUserShare size={14} />} onClick={() => setAction('assign_owner')}>
              {t('clients.bulk.assignOwner')}
            </Button>
            {meta.features.tags ? (
              <>
                <Button size="xs" variant="default" leftSection={<IconTag size={14} />} onClick={() => setAction('add_tags')}>
                  {t('clients.bulk.addTags')}
                </Button>
                <Button size="xs" variant="default" leftSection={<IconTagOff size={14} />} onClick={() => setAction('remove_tags')}>
                  {t('clients.bulk.removeTags')}
                </Button>
              </>
            ) : null}
            {setFields.map(([name, field]) => (
              <Button key={name} size="xs" variant="default" leftSection={<IconFlag size={14} />} onClick={() => setAction(`set_${name}`)}>
                {field.button(t)}
              </Button>
            ))}
          </>
        ) : null}
        {merge && canEdit && canDelete && !allMatching && ids.length >= 2 && ids.length <= MERGE_MAX ? (
          <Button size="xs" variant="default" leftSection={<IconArrowsJoin size={14} />} onClick={() => setMerging(true)} data-testid="bulk-merge">
            {t('clients.bulk.merge')}
          </Button>
        ) : null}
        {canDelete ? (
          <Button size="xs" variant="default" color="red" leftSection={<IconTrash size={14} />} onClick={() => setAction('delete')} data-testid="bulk-delete">
            {t('clients.bulk.delete')}
          </Button>
        ) : null}
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={() => { setAllMatching(false); onClear(); }}>
          {t('clients.bulk.clear')}
        </Button>
      </Group>
      {merging && merge ? <MergeDialog entity={merge} recordIds={ids} opened onClose={() => setMerging(false)} onMerged={onMerged} /> : null}
      {action ? (
        <BulkConfirm
          entityType={entityType}
          action={action}
          selection={allMatching && match ? { match } : { ids }}
          size={size}
          count={count}
          users={users}
          tagSuggestions={(tagSuggestions.data ?? []).map((item) => item.tag)}
          setField={setField ? { name: setField[0], label: setField[1].label(t), choices: setField[1].choices(t) } : undefined}
          onClose={() => setAction(null)}
          onStarted={started}
        />
      ) : null}
    </Paper>
  );
}
