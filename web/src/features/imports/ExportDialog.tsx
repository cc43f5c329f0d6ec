import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../clients/useIsPhone';
import { defaultDelimiter, exportHref, type ExportFormat } from './exportLink';

// The server writes vCards for people only.
const VCARD_TYPES = new Set(['contact']);

interface ExportDialogProps {
  /** The list's export address with its filters, sort and columns already in it. */
  baseUrl: string;
  /** The listed type; contacts also export as vCard. */
  entityType: string;
  /** How many filters narrow the list: said so the person knows what they get. */
  filterCount: number;
}

/** "Export" in a list's toolbar: opens a dialog for the format (CSV, XLSX, vCard) and the CSV delimiter. */
export function ExportButton({ baseUrl, entityType, filterCount }: ExportDialogProps) {
  const { t, i18n } = useTranslation();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('csv');
  // Unchosen, it follows the interface language (which may switch after the toolbar mounts).
  const [chosen, setDelimiter] = useState<string | null>(null);
  const delimiter = chosen ?? defaultDelimiter(i18n.resolvedLanguage ?? i18n.language);
  const formats: ExportFormat[] = VCARD_TYPES.has(entityType) ? ['csv', 'xlsx', 'vcard'] : ['csv', 'xlsx'];
  return (
    <>
      <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => setOpen(true)} data-testid="export-csv">
        {t('clients.list.export')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('imports.export.title')} fullScreen={isPhone} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="export-format-label">{t('imports.export.format')}</Text>
            <SegmentedControl
              aria-labelledby="export-format-label"
              data={formats.map((f) => ({ value: f, label: t(`imports.export.formats.${f}`) }))}
              value={format}
              onChange={(value) => setFormat(value as ExportFormat)}
              data-testid="export-format"
            />
          </Stack>
          {format === 'csv' ? (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="export-delimiter-label">{t('imports.export.delimiter')}</Text>
              <SegmentedControl
                aria-labelledby="export-delimiter-label"
                data={[
                  { value: ',', label: t('imports.delimiters.comma') },
                  { value: ';', label: t('imports.delimiters.semicolon') },
                ]}
                value={delimiter}
                onChange={setDelimiter}
                data-testid="export-delimiter"
              />
            </Stack>
          ) : null}
          <Text size="sm" c="dimmed">
            {filterCount > 0 ? t('imports.export.filtered', { count: filterCount }) : t('imports.export.all')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button component="a" href={exportHref(baseUrl, format, delimiter)} download leftSection={<IconDownload size={16} />} onClick={() => setOpen(false)} data-testid="export-download">
              {t('imports.export.download')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
