import { ActionIcon, Alert, Anchor, Badge, Group, Menu, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconDots, IconPencil, IconShare, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { NameModal } from './NameModal';
import { useDeleteReport, useSavedReports, useUpdateReport, type SavedReport } from './reports.api';
import { ShareModal } from './ShareModal';

interface Props {
  currentId: string | null;
  onOpen: (report: SavedReport) => void;
  onDeleted: (id: string) => void;
}

/** My saved reports and those shared with me: open one; rename, share or delete those I may change. */
export function SavedReports({ currentId, onOpen, onDeleted }: Props) {
  const { t } = useTranslation();
  const saved = useSavedReports();
  const update = useUpdateReport();
  const remove = useDeleteReport();
  const [renaming, setRenaming] = useState<SavedReport | null>(null);
  const [sharing, setSharing] = useState<SavedReport | null>(null);
  const [deleting, setDeleting] = useState<SavedReport | null>(null);
  const items = saved.data ?? [];

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={4}>{t('analytics.saved.title')}</Title>
        {update.error && !renaming && !sharing && <Alert color="red" variant="light">{apiErrorText(t, update.error)}</Alert>}
        {saved.isLoading ? <Skeleton height={60} /> : saved.error ? <Alert color="red" variant="light">{apiErrorText(t, saved.error)}</Alert> : items.length === 0 ? (
          <Text size="sm" c="dimmed">{t('analytics.saved.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table highlightOnHover fz="sm">
              <Table.Thead>
                <Table.Tr><Table.Th>{t('analytics.saved.name')}</Table.Th><Table.Th>{t('analytics.saved.owner')}</Table.Th><Table.Th /></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((report) => {
                  const shared = report.shared.roleIds.length + report.shared.userIds.length > 0;
                  return (
                    <Table.Tr key={report.id} bg={report.id === currentId ? 'var(--mantine-color-default-hover)' : undefined}>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Anchor component="button" type="button" fz="sm" onClick={() => onOpen(report)}>{report.name}</Anchor>
                          {shared && <Badge size="xs" variant="light">{t('analytics.saved.shared')}</Badge>}
                        </Group>
                      </Table.Td>
                      <Table.Td c="dimmed">{report.owner.name}</Table.Td>
                      <Table.Td w={40}>
                        {report.canEdit && (
                          <Menu position="bottom-end" withinPortal>
                            <Menu.Target>
                              <ActionIcon variant="subtle" color="gray" aria-label={t('analytics.saved.menu', { name: report.name })}><IconDots size={16} /></ActionIcon>
                            </Menu.Target>
                            <Menu.Dropdown>
                              <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => { update.reset(); setRenaming(report); }}>{t('analytics.saved.rename')}</Menu.Item>
                              <Menu.Item leftSection={<IconShare size={14} />} onClick={() => { update.reset(); setSharing(report); }}>{t('analytics.saved.share')}</Menu.Item>
                              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setDeleting(report)}>{t('common.delete')}</Menu.Item>
                            </Menu.Dropdown>
                          </Menu>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <NameModal
        opened={renaming !== null} title={t('analytics.saved.rename')} value={renaming?.name ?? ''} saving={update.isPending} error={update.error} onClose={() => setRenaming(null)}
        onSave={(name) => renaming && update.mutate({ id: renaming.id, change: { name, version: renaming.version } }, { onSuccess: () => setRenaming(null) })}
      />
      {sharing && (
        <ShareModal
          opened title={t('analytics.saved.shareTitle', { name: sharing.name })} text={t('analytics.saved.shareText')} value={sharing.shared} saving={update.isPending}
          error={update.error} onClose={() => setSharing(null)}
          onSave={(shared) => update.mutate({ id: sharing.id, change: { shared, version: sharing.version } }, { onSuccess: () => setSharing(null) })}
        />
      )}
      <ConfirmDialog
        opened={deleting !== null} title={t('analytics.saved.deleteTitle')} confirmLabel={t('common.delete')} color="red" onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync({ id: deleting.id, version: deleting.version });
          onDeleted(deleting.id);
        }}
      >
        {t('analytics.saved.deleteText', { name: deleting?.name ?? '' })}
      </ConfirmDialog>
    </Paper>
  );
}
