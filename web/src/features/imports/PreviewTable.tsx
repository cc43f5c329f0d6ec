import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useImportFields, useImportPreview, type Import } from './imports.api';

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The first rows as they would be written: cleaned values, each field's error, and the record a row would match. */
export function PreviewTable({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const preview = useImportPreview(imp.id, imp.version, true);
  const fields = useImportFields(imp.entity);
  if (preview.error) return <ErrorAlert error={preview.error} />;
  if (!preview.data) return <ContentSkeleton />;
  const mapped = [...new Set(imp.mapping.map((m) => m.field).filter((f): f is string => f !== null))];
  const labelOf = (key: string) => fields.data?.find((f) => f.key === key)?.label ?? key;
  // A note is on a column of the file; it shows under the field that column goes to.
  const fieldOf = (column: number) => imp.mapping.find((m) => m.column === column)?.field ?? null;
  const failing = preview.data.filter((row) => row.errors.length > 0).length;
  const matched = preview.data.filter((row) => row.match).length;
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="preview-summary">
        {t('imports.previewSummary', { rows: preview.data.length, failing, matched })}
      </Text>
      <Table.ScrollContainer minWidth={Math.min(1000, 160 + mapped.length * 150)}>
        <Table withTableBorder fz="sm" data-testid="import-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.line')}</Table.Th>
              {mapped.map((key) => (
                <Table.Th key={key}>{labelOf(key)}</Table.Th>
              ))}
              <Table.Th>{t('imports.duplicate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.data.map((row) => (
              <Table.Tr key={row.line} bg={row.errors.length ? 'var(--mantine-color-red-light)' : undefined}>
                <Table.Td>{row.line}</Table.Td>
                {mapped.map((key) => {
                  const errors = row.errors.filter((e) => e.field === key);
                  const notes = (row.notes ?? []).filter((n) => fieldOf(n.column) === key);
                  return (
                    <Table.Td key={key}>
                      <Text size="sm">{show(row.values[key])}</Text>
                      {errors.map((e) => (
                        <Text key={e.code} size="xs" c="red">{e.message}</Text>
                      ))}
                      {(row.warnings ?? []).filter((w) => w.field === key).map((w) => (
                        <Text key={w.code} size="xs" c="orange.8">{t('imports.linkLeftOut', { reason: w.message })}</Text>
                      ))}
                      {notes.map((n) => (
                        <Text key={`${n.code}-${n.column}`} size="xs" c="yellow.9" data-testid="preview-note">{n.message}</Text>
                      ))}
                    </Table.Td>
                  );
                })}
                <Table.Td>
                  {row.match ? (
                    <Text size="sm" c="orange.8">
                      {t('imports.matchBy', { name: row.match.name, by: t(`imports.matchKeys.${row.match.by}`, { defaultValue: row.match.by }) })}
                    </Text>
                  ) : null}
                  {row.errors.filter((e) => !mapped.includes(e.field)).map((e) => (
                    <Text key={e.code} size="xs" c="red">{e.message}</Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
