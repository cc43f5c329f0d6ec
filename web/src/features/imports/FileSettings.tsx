import { Badge, Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Import, ImportPatch } from './imports.api';
import { MergedCellsAlert } from './MergedCellsAlert';

const ENCODINGS = ['utf-8', 'utf-8-bom', 'windows-1251', 'koi8-r', 'utf-16le', 'iso-8859-1'];
const DELIMITERS = [',', ';', '\t', '|'];
const SHOWN_ROWS = 5;

interface FileSettingsProps {
  imp: Import;
  pending: boolean;
  onChange: (patch: ImportPatch) => void;
}

/** What was detected in the file (format, encoding, delimiter, header row; a workbook's sheet), each changeable; the sample re-read below. */
export function FileSettings({ imp, pending, onChange }: FileSettingsProps) {
  const { t } = useTranslation();
  const isText = imp.format === 'csv';
  const encodings = ENCODINGS.includes(imp.encoding) ? ENCODINGS : [imp.encoding, ...ENCODINGS];
  return (
    <Stack>
      <Group gap="xs">
        <Badge variant="light" tt="none" data-testid="import-format">{t(`imports.format.${imp.format}`, { defaultValue: imp.format })}</Badge>
        {imp.source ? (
          <Badge variant="light" color="grape" tt="none" data-testid="import-source">
            {t('imports.source', { crm: t(`imports.sources.${imp.source}`, { defaultValue: imp.source }) })}
          </Badge>
        ) : null}
      </Group>
      {imp.workbook && imp.workbook.sheets.length > 1 ? (
        <Select
          label={t('imports.sheet')}
          description={t('imports.sheetHint', { count: imp.workbook.sheets.length })}
          data={imp.workbook.sheets.map((name, index) => ({ value: String(index), label: name }))}
          value={String(imp.workbook.sheet)}
          onChange={(value) => value !== null && onChange({ sheet: Number(value) })}
          disabled={pending}
          allowDeselect={false}
          maw={360}
          data-testid="import-sheet"
        />
      ) : null}
      <MergedCellsAlert imp={imp} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('imports.encoding')}
          data={encodings.map((e) => ({ value: e, label: t(`imports.encodings.${e}`, { defaultValue: e }) }))}
          value={imp.encoding}
          onChange={(value) => value && onChange({ encoding: value })}
          disabled={!isText || pending}
          allowDeselect={false}
          data-testid="import-encoding"
        />
        <Select
          label={t('imports.delimiter')}
          data={DELIMITERS.map((d) => ({ value: d, label: t(`imports.delimiters.${d === '\t' ? 'tab' : d === ',' ? 'comma' : d === ';' ? 'semicolon' : 'pipe'}`) }))}
          value={imp.delimiter}
          onChange={(value) => value && onChange({ delimiter: value })}
          disabled={!isText || pending}
          allowDeselect={false}
          data-testid="import-delimiter"
        />
        <Select
          label={t('imports.headerRow')}
          data={[0, 1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: n === 0 ? t('imports.noHeader') : t('imports.rowN', { n }) }))}
          value={String(imp.headerRow)}
          onChange={(value) => value !== null && onChange({ headerRow: Number(value) })}
          disabled={pending || imp.format === 'vcard'}
          allowDeselect={false}
          data-testid="import-header-row"
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed">{t('imports.sampleHint')}</Text>
      <Table.ScrollContainer minWidth={Math.min(900, imp.headers.length * 140)}>
        <Table striped withTableBorder fz="sm" data-testid="import-sample">
          <Table.Thead>
            <Table.Tr>
              {imp.headers.map((header, index) => (
                <Table.Th key={index}>{header || t('imports.columnN', { n: index + 1 })}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {imp.sample.slice(0, SHOWN_ROWS).map((row, r) => (
              <Table.Tr key={r}>
                {imp.headers.map((_, c) => (
                  <Table.Td key={c}>{row[c] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
