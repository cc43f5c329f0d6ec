import { useState } from 'react';
import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CustomFieldModal, type CustomFieldModalState } from '../custom-fields/CustomFieldModal';
import { useAbilities } from '../settings/access';
import { useImportFields, useReloadImportFields, type Import, type ImportPatch } from './imports.api';

interface MappingTableProps {
  imp: Import;
  /** The custom fields' entity of the imported type (`contact` for contacts). */
  customEntity: string | null;
  pending: boolean;
  onChange: (patch: ImportPatch) => void;
}

/** Each column of the file: its header, three sample values, and the field it goes to (searchable), or none. */
export function MappingTable({ imp, customEntity, pending, onChange }: MappingTableProps) {
  const { t } = useTranslation();
  const abilities = useAbilities();
  const fields = useImportFields(imp.entity);
  const reloadFields = useReloadImportFields(imp.entity);
  const [modal, setModal] = useState<CustomFieldModalState>(null);
  const canMakeField = customEntity !== null && abilities.scope('settings', 'manage_settings') === 'all';
  const options = (fields.data ?? []).map((f) => ({ value: f.key, label: f.required ? `${f.label} *` : f.label }));
  const targetOf = (column: number) => imp.mapping.find((m) => m.column === column)?.field ?? null;
  const taken = new Map<string, number>();
  for (const m of imp.mapping) if (m.field) taken.set(m.field, (taken.get(m.field) ?? 0) + 1);
  const multiple = new Set((fields.data ?? []).filter((f) => f.multiple).map((f) => f.key));

  function setTarget(column: number, field: string | null) {
    const rest = imp.mapping.filter((m) => m.column !== column);
    onChange({ mapping: [...rest, { column, field }].sort((a, b) => a.column - b.column) });
  }

  return (
    <Stack gap="xs">
      {imp.source ? (
        <Text size="sm" data-testid="import-source-note">
          {t('imports.looksLike', { crm: t(`imports.sources.${imp.source}`, { defaultValue: imp.source }) })}
        </Text>
      ) : null}
      {imp.headers.map((header, column) => {
        const target = targetOf(column);
        const twice = target !== null && !multiple.has(target) && (taken.get(target) ?? 0) > 1;
        const samples = imp.sample.map((row) => row[column] ?? '').filter((v) => v !== '').slice(0, 3);
        return (
          <Paper key={column} withBorder radius="md" p="sm" data-testid="mapping-row">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing={6}>
              <Stack gap={2}>
                <Text fw={500} id={`import-col-${column}`}>{header || t('imports.columnN', { n: column + 1 })}</Text>
                <Text size="xs" c="dimmed" lineClamp={3}>
                  {samples.length ? samples.join(' · ') : t('imports.noSample')}
                </Text>
              </Stack>
              <Select
                aria-labelledby={`import-col-${column}`}
                placeholder={t('imports.skipColumn')}
                data={options}
                value={target}
                onChange={(value) => setTarget(column, value)}
                searchable
                clearable
                nothingFoundMessage={t('common.nothingFound')}
                disabled={pending}
                error={twice ? t('imports.errors.duplicate_target') : undefined}
                data-testid={`mapping-select-${column}`}
              />
              <Group gap="xs" justify="flex-end">
                {target === null ? <Badge variant="light" color="gray">{t('imports.skipped')}</Badge> : null}
                {target === null && canMakeField ? (
                  <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setModal({ mode: 'create', entity: customEntity })}>
                    {t('imports.createField')}
                  </Button>
                ) : null}
              </Group>
            </SimpleGrid>
          </Paper>
        );
      })}
      <CustomFieldModal
        state={modal}
        onClose={() => {
          setModal(null);
          void reloadFields();
        }}
      />
    </Stack>
  );
}
