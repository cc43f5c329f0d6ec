import { NumberInput, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../app/errorText';
import { roleLabel } from '../roles/roleLabel';
import { useRoles } from '../roles/roles.api';
import { SETTING_LIMITS } from './workspace.api';
import type { Count, RoleLimitValues } from './workspaceForm';

interface RoleLimitFieldsProps {
  values: Record<string, RoleLimitValues>;
  error?: string;
  onChange: (value: Record<string, RoleLimitValues>) => void;
}

/** Each role's own read limits per hour and per day; an empty cell takes the workspace's. */
export function RoleLimitFields({ values, error, onChange }: RoleLimitFieldsProps) {
  const { t } = useTranslation();
  const roles = useRoles();
  const set = (role: string, field: keyof RoleLimitValues, value: Count) => {
    const current = Object.hasOwn(values, role) ? values[role]! : { unitsPerHour: '' as Count, unitsPerDay: '' as Count };
    onChange({ ...values, [role]: { ...current, [field]: value } });
  };
  const cell = (role: string, field: keyof RoleLimitValues, label: string) => (
    <NumberInput
      aria-label={label}
      size="xs"
      min={1}
      max={SETTING_LIMITS[field].max}
      allowDecimal={false}
      allowNegative={false}
      placeholder={String(SETTING_LIMITS[field].byDefault)}
      value={Object.hasOwn(values, role) ? values[role]![field] : ''}
      onChange={(value) => set(role, field, typeof value === 'number' ? value : '')}
    />
  );
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {t('workspace.alarm.roleLimits')}
      </Text>
      <Table withTableBorder verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>{t('workspace.alarm.unitsPerHour')}</Table.Th>
            <Table.Th>{t('workspace.alarm.unitsPerDay')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(roles.data?.items ?? []).map((role) => {
            const name = roleLabel(t, role.key, role.name);
            return (
              <Table.Tr key={role.key}>
                <Table.Td>{name}</Table.Td>
                <Table.Td>{cell(role.key, 'unitsPerHour', `${name}: ${t('workspace.alarm.unitsPerHour')}`)}</Table.Td>
                <Table.Td>{cell(role.key, 'unitsPerDay', `${name}: ${t('workspace.alarm.unitsPerDay')}`)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {error ? <Text size="xs" c="red" mt={4}>{fieldErrorText(t, error)}</Text> : null}
    </div>
  );
}
