import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRecordTypes, type RecordTypeMeta } from '../../records/recordTypes.api';
import { useCustomFields } from '../custom-fields/customFields.api';
import type { Role } from './roles.api';

export type FieldRights = Role['fieldRights'];
type Right = 'visible' | 'masked' | 'read_only' | 'hidden';
const RIGHTS: Right[] = ['visible', 'masked', 'read_only', 'hidden'];

/** The preset "Manager (masked phones)": every type's phones masked, other rights kept. */
export function maskedPhonesPreset(rights: FieldRights, types: RecordTypeMeta[]): FieldRights {
  const out: FieldRights = { ...rights };
  for (const type of types) {
    if (type.protectedFields.some((f) => f.name === 'phones' && f.maskable)) out[type.entityType] = { ...out[type.entityType], phones: 'masked' };
  }
  return out;
}

/** The rights with one field set; `visible` removes it. */
function withRight(rights: FieldRights, entityType: string, field: string, right: Right): FieldRights {
  const ofType = { ...rights[entityType] };
  if (right === 'visible') delete ofType[field];
  else ofType[field] = right;
  const out = { ...rights, [entityType]: ofType };
  if (Object.keys(ofType).length === 0) delete out[entityType];
  return out;
}

/** What to send to save `next` over `saved`: every changed field, `visible` for those cleared (the server merges). */
export function fieldRightsPatch(saved: FieldRights, next: FieldRights): Record<string, Record<string, Right>> {
  const patch: Record<string, Record<string, Right>> = {};
  for (const type of new Set([...Object.keys(saved), ...Object.keys(next)])) {
    for (const field of new Set([...Object.keys(saved[type] ?? {}), ...Object.keys(next[type] ?? {})])) {
      const before = saved[type]?.[field] ?? 'visible';
      const after = next[type]?.[field] ?? 'visible';
      if (before !== after) (patch[type] ??= {})[field] = after;
    }
  }
  return patch;
}

/**
 * The role's field rights (decision 0027): per record type, each field holding client data and each
 * custom field as visible, masked, read-only or hidden, with the presets. Read-only when `onChange`
 * is absent (the Administrator sees every field).
 */
export function FieldRightsGrid({ value, onChange, error }: { value: FieldRights; onChange?: (next: FieldRights) => void; error?: string }) {
  const { t } = useTranslation();
  const types = (useRecordTypes().data ?? []).filter((type) => type.protectedFields.length > 0);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('fieldRights.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('fieldRights.help')}
      </Text>
      {onChange ? (
        <Group gap="xs">
          <Text size="sm">{t('fieldRights.presets')}:</Text>
          <Button size="xs" variant="light" onClick={() => onChange(maskedPhonesPreset(value, types))}>
            {t('fieldRights.presetMaskedPhones')}
          </Button>
          <Button size="xs" variant="default" onClick={() => onChange({})}>
            {t('fieldRights.presetClear')}
          </Button>
        </Group>
      ) : null}
      {error ? <Text size="sm" c="red">{error}</Text> : null}
      {types.map((type) => (
        <TypeRights key={type.entityType} type={type} value={value} onChange={onChange} />
      ))}
    </Stack>
  );
}

function TypeRights({ type, value, onChange }: { type: RecordTypeMeta; value: FieldRights; onChange?: (next: FieldRights) => void }) {
  const { t } = useTranslation();
  const custom = useCustomFields(type.entityType, false, type.features.customFields).data ?? [];
  const rows = [
    ...type.protectedFields.map((f) => ({ field: f.name, label: t(`fieldRights.fields.${f.name}`, { defaultValue: f.name }), maskable: f.maskable })),
    ...custom.map((f) => ({ field: `custom.${f.key}`, label: f.label, maskable: true })),
  ];
  return (
    <Paper withBorder radius="md" p="sm">
      <Title order={4} size="h5" mb="xs">
        {t(`nav.${type.plural}`, { defaultValue: type.plural })}
      </Title>
      <Table verticalSpacing={4} aria-label={`${t('fieldRights.title')}: ${t(`nav.${type.plural}`, { defaultValue: type.plural })}`}>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.field}>
              <Table.Td>
                <Text size="sm">{row.label}</Text>
              </Table.Td>
              <Table.Td>
                <SegmentedControl
                  size="xs"
                  aria-label={row.label}
                  disabled={!onChange}
                  value={value[type.entityType]?.[row.field] ?? 'visible'}
                  onChange={(next) => onChange?.(withRight(value, type.entityType, row.field, next as Right))}
                  data={RIGHTS.map((right) => ({
                    value: right,
                    label: t(`fieldRights.rights.${right}`),
                    disabled: right === 'masked' && !row.maskable,
                  }))}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
