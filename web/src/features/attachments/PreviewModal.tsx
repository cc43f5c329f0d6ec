import { Anchor, Image, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { downloadUrl, type Attachment } from './attachments.api';

/** An image or a PDF shown in place; the file opens inline from the server, never as HTML of ours. */
export function PreviewModal({ attachment, onClose }: { attachment: Attachment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const isPdf = attachment?.contentType === 'application/pdf';
  return (
    <Modal opened={attachment !== null} onClose={onClose} title={attachment?.fileName} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      {attachment ? (
        <Stack gap="sm">
          {isPdf ? (
            <iframe title={attachment.fileName} src={downloadUrl(attachment, true)} style={{ width: '100%', height: '70vh', border: 0 }} />
          ) : (
            <Image src={downloadUrl(attachment, true)} alt={attachment.fileName} fit="contain" mah="70vh" />
          )}
          <Anchor href={downloadUrl(attachment)} size="sm" download>
            {t('attachments.download')}
          </Anchor>
        </Stack>
      ) : null}
    </Modal>
  );
}
