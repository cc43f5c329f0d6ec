import { useRef, useState } from 'react';
import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A place to drop files, or to pick them with the system's file chooser. */
export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      style={{ borderStyle: 'dashed', borderWidth: 2, borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined, background: over ? 'var(--mantine-primary-color-light)' : undefined }}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const files = [...event.dataTransfer.files];
        if (files.length) onFiles(files);
      }}
      data-testid="drop-zone"
    >
      <Stack align="center" gap={6}>
        <IconUpload size={24} aria-hidden opacity={0.6} />
        <Text size="sm" c="dimmed" ta="center">
          {t('attachments.dropHere')}
        </Text>
        <Button size="xs" variant="light" onClick={() => input.current?.click()}>
          {t('attachments.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label={t('attachments.choose')}
          data-testid="file-input"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </Stack>
    </Paper>
  );
}
