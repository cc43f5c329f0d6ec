import { Alert, Button, Group, Modal, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { useRoles } from '../roles/roles.api';
import { useSetRoleDashboard, type Dashboard } from './analytics.api';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The dashboards the administrator sees: those a role may get. */
  dashboards: Dashboard[];
}

/**
 * Which dashboard each role opens until its people make their own (administrators). A role with
 * none sees the built-in layout; each person still sees only the figures their role may see.
 */
export function RoleDefaultsModal({ opened, onClose, dashboards }: Props) {
  const { t } = useTranslation();
  const roles = useRoles(opened);
  const set = useSetRoleDashboard();
  const data = dashboards.map((d) => ({ value: d.id, label: d.name }));
  return (
    <Modal opened={opened} onClose={onClose} title={t('analytics.roleDefaults.title')} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">{t('analytics.roleDefaults.text')}</Text>
        {set.error ? <Alert color="red" variant="light">{apiErrorText(t, set.error)}</Alert> : null}
        {dashboards.length === 0 && <Alert variant="light">{t('analytics.roleDefaults.none')}</Alert>}
        {roles.isLoading ? <Skeleton height={120} /> : roles.error ? <Alert color="red" variant="light">{apiErrorText(t, roles.error)}</Alert> : (
          <Table>
            <Table.Thead><Table.Tr><Table.Th>{t('analytics.roleDefaults.role')}</Table.Th><Table.Th>{t('analytics.roleDefaults.dashboard')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {(roles.data?.items ?? []).map((role) => (
                <Table.Tr key={role.id}>
                  <Table.Td>{role.name}</Table.Td>
                  <Table.Td>
                    <Select
                      size="xs" clearable w={260} data={data} placeholder={t('analytics.roleDefaults.builtIn')}
                      aria-label={t('analytics.roleDefaults.of', { role: role.name })}
                      value={dashboards.find((d) => d.defaultForRoleIds.includes(role.id))?.id ?? null}
                      disabled={set.isPending}
                      onChange={(dashboardId) => set.mutate({ roleId: role.id, dashboardId })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="flex-end"><Button variant="default" onClick={onClose}>{t('common.close')}</Button></Group>
      </Stack>
    </Modal>
  );
}
