import { useState } from 'react';
import { Button, Group, Paper, Select, TagsInput, Text } from '@mantine/core';
import { IconArrowsJoin, IconFlag, IconTag, IconTagOff, IconTrash, IconUserShare, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MergeDialog } from '../duplicates/MergeDialog';
import { formatNumber } from '../../i18n/format';
import { CONTACT_STATUSES, type BulkAction, type ClientEntity, type ContactStatus } from './clientTypes';
import { useBulkAction, useTags } from './clients.api';

interface BulkBarProps {
  entity: ClientEntity;
  ids: string[];
  canEdit: boolean;
  canDelete: boolean;
  users: Array<{ value: string; label: string }>;
  onClear: () => void;
  /** After an action: how many changed and how many were out of reach. */
  onDone: (result: { updated: number; skipped: number }) => Promise<void>;
  /** After the selected records were merged into one. */
  onMerged: () => void;
}

// A merge keeps one record and folds in up to ten others.
const MERGE_MAX = 11;

/** Actions on the selected rows, each confirmed first: owner, tags, status, delete. */
export function BulkBar({ entity, ids, canEdit, canDelete, users, onClear, onDone, onMerged }: BulkBarProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<BulkAction | null>(null);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [status, setStatus] = useState<ContactStatus | null>(null);
  const [merging, setMerging] = useState(false);
  const tagSuggestions = useTags(entity);
  const bulk = useBulkAction(entity);
  const count = formatNumber(ids.length);

  function open(next: BulkAction) {
    setOwnerId(null);
    setTags([]);
    setStatus(null);
    setAction(next);
  }

  async function confirm() {
    if (!action) return;
    const input = { ids, action, ...(action === 'assign_owner' ? { ownerId: ownerId ?? '' } : {}), ...(action.endsWith('_tags') ? { tags } : {}), ...(action === 'set_status' ? { status: status ?? undefined } : {}) };
    const result = await bulk.mutateAsync(input);
    await onDone(result);
  }

  const ready = action === 'assign_owner' ? ownerId !== null : action?.endsWith('_tags') ? tags.length > 0 : action === 'set_status' ? status !== null : true;

  return (
    <Paper withBorder radius="md" p="xs" bg="var(--mantine-color-blue-light)" data-testid="bulk-bar">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600} mr="xs">
          {t('clients.bulk.selected', { count: ids.length, n: count })}
        </Text>
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
        {canEdit && canDelete && ids.length >= 2 && ids.length <= MERGE_MAX ? (
          <Button size="xs" variant="default" leftSection={<IconArrowsJoin size={14} />} onClick={() => setMerging(true)} data-testid="bulk-merge">
            {t('clients.bulk.merge')}
          </Button>
        ) : null}
        {canDelete ? (
          <Button size="xs" variant="default" color="red" leftSection={<IconTrash size={14} />} onClick={() => open('delete')} data-testid="bulk-delete">
            {t('clients.bulk.delete')}
          </Button>
        ) : null}
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onClear}>
          {t('clients.bulk.clear')}
        </Button>
      </Group>
      {merging ? <MergeDialog entity={entity} recordIds={ids} opened onClose={() => setMerging(false)} onMerged={onMerged} /> : null}
      <ConfirmDialog
        opened={action !== null}
        title={action ? t(`clients.bulk.titles.${action}`, { count: ids.length, n: count }) : ''}
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
            onChange={(value) => setStatus(CONTACT_STATUSES.find((s) => s === value) ?? null)}
            comboboxProps={{ withinPortal: false }}
          />
        ) : (
          <Text size="sm">{t('clients.bulk.deleteText', { count: ids.length, n: count })}</Text>
        )}
      </ConfirmDialog>
    </Paper>
  );
}
