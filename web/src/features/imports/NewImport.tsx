import { useRef, useState, type DragEvent } from 'react';
import { Button, Group, Paper, Progress, SegmentedControl, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useIsPhone } from '../clients/useIsPhone';
import { useAbilities } from '../settings/access';
import { formatSize } from './format';
import { IMPORT_ENTITIES, uploadImport, type ImportEntity } from './imports.api';
import { importErrorText } from './importErrors';

const isEntity = (value: string | null): value is ImportEntity => IMPORT_ENTITIES.some((e) => e === value);

/** Step one: what to import and the file, dropped or picked; the upload makes a draft and opens it. */
export function NewImport() {
  const { t } = useTranslation();
  const abilities = useAbilities();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const allowed = IMPORT_ENTITIES.filter((e) => abilities.can(e, 'import'));
  const asked = params.get('entity');
  const [entity, setEntity] = useState<ImportEntity | null>(isEntity(asked) ? asked : null);
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  const isPhone = useIsPhone();
  const chosen = entity && allowed.includes(entity) ? entity : allowed[0] ?? null;

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  }

  async function upload() {
    if (!file || !chosen) return;
    setError(null);
    setProgress(0);
    try {
      const created = await uploadImport(chosen, file, setProgress);
      void navigate(`/import/${created.id}`);
    } catch (cause) {
      setError(cause);
      setProgress(null);
    }
  }

  if (allowed.length === 0) return <Text c="dimmed">{t('imports.noRight')}</Text>;
  return (
    <Stack>
      <Stack gap={4}>
        <Text fw={500} id="import-entity-label">{t('imports.what')}</Text>
        <SegmentedControl
          aria-labelledby="import-entity-label"
          data={allowed.map((e) => ({ value: e, label: t(`nav.${e}`) }))}
          value={chosen ?? undefined}
          onChange={(value) => setEntity(value as ImportEntity)}
          fullWidth
          orientation={isPhone ? 'vertical' : 'horizontal'}
          data-testid="import-entity"
        />
      </Stack>
      <UnstyledButton
        onClick={() => input.current?.click()}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        aria-describedby="import-drop-hint"
        data-testid="import-drop"
      >
        <Paper withBorder radius="md" p="xl" style={{ borderStyle: 'dashed', borderWidth: 2, background: dragging ? 'var(--mantine-color-blue-light)' : undefined }}>
          <Stack align="center" gap="xs">
            <IconFileUpload size={36} aria-hidden />
            <Text fw={500} ta="center">{file ? file.name : t('imports.drop')}</Text>
            <Text size="sm" c="dimmed" ta="center" id="import-drop-hint">
              {file ? formatSize(file.size) : t('imports.formats')}
            </Text>
          </Stack>
        </Paper>
      </UnstyledButton>
      <input
        ref={input}
        type="file"
        hidden
        accept=".csv,.tsv,.txt,.xlsx,.xlsm,.xls,.vcf"
        data-testid="import-file"
        onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
      />
      {progress !== null ? <Progress value={progress * 100} aria-label={t('imports.uploading')} /> : null}
      {error ? <ErrorAlert error={error} text={importErrorText(t, error)} /> : null}
      <Group justify="flex-end">
        <Button leftSection={<IconUpload size={16} />} onClick={() => void upload()} disabled={!file || !chosen} loading={progress !== null} data-testid="import-upload">
          {t('imports.upload')}
        </Button>
      </Group>
    </Stack>
  );
}
