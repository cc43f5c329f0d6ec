import { useState } from 'react';
import { ActionIcon, Anchor, Button, Group, Menu, Paper, Stack, Text, Textarea, ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconArrowsJoin,
  IconDots,
  IconFile,
  IconMail,
  IconNote,
  IconPencil,
  IconPhone,
  IconPoint,
  IconTrash,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { useRecordForm } from '../../components/form/useRecordForm';
import { formatDateTime, formatList, formatRelativeTime } from '../../i18n/format';
import type { TimelineItem } from './timeline.api';
import { recordPath } from '../../records/registry';

const ICONS: Record<string, { icon: Icon; color: string }> = {
  note: { icon: IconNote, color: 'yellow' },
  attachment: { icon: IconFile, color: 'blue' },
  merge: { icon: IconArrowsJoin, color: 'grape' },
  call: { icon: IconPhone, color: 'green' },
  email: { icon: IconMail, color: 'cyan' },
  meeting: { icon: IconUsers, color: 'teal' },
};

const KNOWN_KINDS = new Set(['note', 'attachment', 'merge', 'call', 'email', 'meeting', 'created']);

interface TimelineEntryProps {
  item: TimelineItem;
  onSave: (item: TimelineItem, body: string) => Promise<void>;
  onDelete: (item: TimelineItem) => Promise<void>;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The names of the records a merge folded in (`data.merged: [{ id, title }]`). */
function mergedTitles(merged: unknown): string {
  if (!Array.isArray(merged)) return '';
  return formatList(merged.map((m) => text((m as { title?: unknown } | null)?.title)).filter(Boolean));
}

/** One thing that happened: an icon, a sentence (who did what), when, and a note's text (editable by its author). */
export function TimelineEntry({ item, onSave, onDelete }: TimelineEntryProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [draft, setDraft] = useState(item.body ?? '');
  const look = ICONS[item.kind] ?? { icon: IconPoint, color: 'gray' };
  const EntryIcon = look.icon;
  const author = item.author?.name ?? t('timeline.system');
  const about = item.data?.contact as { id?: string; displayName?: string } | undefined;
  const kind = KNOWN_KINDS.has(item.kind) ? item.kind : 'other';
  const sentence = t(`timeline.kinds.${kind}`, {
    author,
    kind: item.kind,
    fileName: text(item.data?.fileName),
    title: mergedTitles(item.data?.merged),
  });
  const isNote = item.kind === 'note';
  const canEdit = isNote && (item.abilities?.edit ?? item.author?.id === me.id);
  const canDelete = isNote && (item.abilities?.delete ?? item.author?.id === me.id);

  const form = useRecordForm({
    fields: ['body'],
    values: { draft },
    baseline: { draft: item.body ?? '' },
    save: () => onSave(item, draft),
    onSaved: () => setEditing(false),
    // Only an open editor holds anything worth guarding.
    guard: editing,
  });

  function save() {
    if (draft.trim()) void form.submit();
  }

  return (
    <Group gap="sm" align="flex-start" wrap="nowrap" data-testid="timeline-entry">
      <ThemeIcon variant="light" color={look.color} radius="xl" size={32} aria-hidden>
        <EntryIcon size={16} />
      </ThemeIcon>
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" style={{ minWidth: 0 }}>
            {sentence}
            {about?.id ? (
              <>
                {' · '}
                <Anchor component={Link} to={recordPath('contact', about.id)} size="sm">
                  {about.displayName ?? ''}
                </Anchor>
              </>
            ) : null}
          </Text>
          <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Tooltip label={formatDateTime(item.occurredAt, me.timeZone)}>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatRelativeTime(item.occurredAt)}
              </Text>
            </Tooltip>
            {canEdit || canDelete ? (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('timeline.noteActions')}>
                    <IconDots size={14} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  {canEdit ? (
                    <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                      {t('common.edit')}
                    </Menu.Item>
                  ) : null}
                  {canDelete ? (
                    <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setDeleting(true)}>
                      {t('common.delete')}
                    </Menu.Item>
                  ) : null}
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </Group>
        </Group>
        {editing ? (
          <Stack gap="xs">
            <FormError message={form.conflict ? t('timeline.conflict') : (form.errors.body ?? form.formError)} />
            <Textarea aria-label={t('timeline.noteLabel')} autosize minRows={2} maxRows={12} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} maxLength={20_000} />
            <Group gap="xs" justify="flex-end">
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  setEditing(false);
                  setDraft(item.body ?? '');
                  form.clear();
                }}
              >
                {t('common.cancel')}
              </Button>
              <Button size="xs" onClick={save} loading={form.pending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        ) : item.body ? (
          <Paper p="xs" radius="sm" bg="var(--mantine-color-default-hover)">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {item.body}
            </Text>
          </Paper>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={deleting}
        title={t('timeline.deleteTitle')}
        confirmLabel={t('common.delete')}
        color="red"
        onClose={() => setDeleting(false)}
        onConfirm={() => onDelete(item)}
      >
        {t('timeline.deleteText')}
      </ConfirmDialog>
    </Group>
  );
}
