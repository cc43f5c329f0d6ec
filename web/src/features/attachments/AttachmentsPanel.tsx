import { useState } from 'react';
import { ActionIcon, Anchor, Group, Progress, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconDownload, IconEye, IconFile, IconFileTypePdf, IconPhoto, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime } from '../../i18n/format';
import { useDeleteAttachment, useReloadAttachments, downloadUrl, uploadAttachment, useAttachments, type Attachment, type SubjectType } from './attachments.api';
import { DropZone } from './DropZone';
import { formatFileSize } from './fileSize';
import { PreviewModal } from './PreviewModal';

interface Upload {
  key: string;
  name: string;
  progress: number;
  error: string | null;
}

interface AttachmentsPanelProps {
  subjectType: SubjectType;
  subjectId: string;
  canUpload: boolean;
  /** After an upload (the timeline gets an entry for it). */
  onChanged?: () => unknown;
}

function iconOf(contentType: string) {
  if (contentType.startsWith('image/')) return IconPhoto;
  if (contentType === 'application/pdf') return IconFileTypePdf;
  return IconFile;
}

/** Files attached to a record: drop or choose to upload (with progress), preview images and PDFs, download, delete. */
export function AttachmentsPanel({ subjectType, subjectId, canUpload, onChanged }: AttachmentsPanelProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const reloadAttachments = useReloadAttachments(subjectType, subjectId);
  const deleteAttachment = useDeleteAttachment(subjectType, subjectId);
  const attachments = useAttachments(subjectType, subjectId);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [preview, setPreview] = useState<Attachment | null>(null);
  const [deleting, setDeleting] = useState<Attachment | null>(null);

  const patch = (key: string, change: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  function uploadError(error: unknown): string {
    const code = isApiError(error) ? error.fields.file : undefined;
    return code ? t(`attachments.errors.${code}`, { defaultValue: apiErrorText(t, error) }) : apiErrorText(t, error);
  }

  async function upload(files: File[]) {
    const started = files.map((file, i) => ({ file, key: `${Date.now()}-${i}-${file.name}` }));
    setUploads((list) => [...list.filter((u) => u.error === null && u.progress < 1), ...started.map(({ file, key }) => ({ key, name: file.name, progress: 0, error: null }))]);
    for (const { file, key } of started) {
      try {
        await uploadAttachment(subjectType, subjectId, file, (progress) => patch(key, { progress }));
        setUploads((list) => list.filter((u) => u.key !== key));
        await reloadAttachments();
        await onChanged?.();
      } catch (error) {
        patch(key, { error: uploadError(error) });
      }
    }
  }

  const items = attachments.data ?? [];

  return (
    <Stack gap="md" data-testid="attachments">
      {canUpload ? <DropZone onFiles={(files) => void upload(files)} /> : null}
      {uploads.map((u) => (
        <Stack key={u.key} gap={4}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" truncate>
              {u.name}
            </Text>
            {u.error ? null : (
              <Text size="xs" c="dimmed">
                {Math.round(u.progress * 100)}%
              </Text>
            )}
          </Group>
          {u.error ? (
            <Text size="xs" c="red" role="alert">
              {u.error}
            </Text>
          ) : (
            <Progress value={u.progress * 100} size="sm" aria-label={t('attachments.uploading', { name: u.name })} />
          )}
        </Stack>
      ))}
      {attachments.isPending ? (
        <ContentSkeleton />
      ) : attachments.isError ? (
        <ErrorState message={apiErrorText(t, attachments.error)} onRetry={() => void attachments.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState order={3} icon={<IconPaperclip size={28} />} title={t('attachments.empty')} />
      ) : (
        <Stack gap="xs">
          {items.map((item) => {
            const FileIcon = iconOf(item.contentType);
            return (
              <Group key={item.id} gap="sm" wrap="nowrap" data-testid="attachment-row">
                <ThemeIcon variant="light" color="gray" size={36} aria-hidden>
                  <FileIcon size={18} />
                </ThemeIcon>
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Anchor href={downloadUrl(item)} size="sm" fw={500} truncate download>
                    {item.fileName}
                  </Anchor>
                  <Text size="xs" c="dimmed" truncate>
                    {[formatFileSize(item.size), item.uploadedBy?.name, formatDateTime(item.createdAt, me.timeZone)].filter(Boolean).join(' · ')}
                  </Text>
                </Stack>
                {item.previewable ? (
                  <Tooltip label={t('attachments.preview')}>
                    <ActionIcon variant="subtle" onClick={() => setPreview(item)} aria-label={t('attachments.previewOf', { name: item.fileName })}>
                      <IconEye size={16} />
                    </ActionIcon>
                  </Tooltip>
                ) : null}
                <Tooltip label={t('attachments.download')}>
                  <ActionIcon component="a" href={downloadUrl(item)} download variant="subtle" aria-label={t('attachments.downloadOf', { name: item.fileName })}>
                    <IconDownload size={16} />
                  </ActionIcon>
                </Tooltip>
                {item.abilities?.delete ? (
                  <Tooltip label={t('common.delete')}>
                    <ActionIcon variant="subtle" color="red" onClick={() => setDeleting(item)} aria-label={t('attachments.deleteOf', { name: item.fileName })}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                ) : null}
              </Group>
            );
          })}
        </Stack>
      )}
      <PreviewModal attachment={preview} onClose={() => setPreview(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('attachments.deleteTitle')}
        confirmLabel={t('common.delete')}
        color="red"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await deleteAttachment.mutateAsync(deleting.id);
        }}
      >
        {t('attachments.deleteText', { name: deleting?.fileName ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}
