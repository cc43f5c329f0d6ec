import { Anchor, Badge, Table, Text, Tooltip } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { formatDateTime } from '../../i18n/format';
import { roleLabel } from '../roles/roleLabel';
import { STATUS_COLOR, userStatus } from './userStatus';
import type { UserAdmin } from './users.api';
import classes from './UsersTable.module.css';

interface UsersTableProps {
  users: UserAdmin[];
  departmentName: (id: string | null) => string | null;
  onOpen: (user: UserAdmin) => void;
}

/** The team, one row per person; the name opens the person's card. */
export function UsersTable({ users, departmentName, onOpen }: UsersTableProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('users.tableLabel')} className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.columns.name')}</Table.Th>
            <Table.Th>{t('users.columns.role')}</Table.Th>
            <Table.Th>{t('users.columns.department')}</Table.Th>
            <Table.Th>{t('users.columns.status')}</Table.Th>
            <Table.Th>{t('users.columns.twoFactor')}</Table.Th>
            <Table.Th>{t('users.columns.lastSignIn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const status = userStatus(user);
            return (
              <Table.Tr key={user.id}>
                <Table.Td>
                  <Anchor component="button" type="button" fw={500} onClick={() => onOpen(user)} ta="left">
                    {user.name}
                  </Anchor>
                  {user.id === me.id ? (
                    <Badge size="xs" variant="light" ml={6}>
                      {t('users.you')}
                    </Badge>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {user.email}
                  </Text>
                </Table.Td>
                <Table.Td>{roleLabel(t, user.role, user.roleName)}</Table.Td>
                <Table.Td>{departmentName(user.departmentId) ?? <Text span c="dimmed">—</Text>}</Table.Td>
                <Table.Td>
                  <Tooltip label={user.blocked?.reason ?? ''} disabled={!user.blocked?.reason}>
                    <Badge color={STATUS_COLOR[status]} variant="light">
                      {t(`users.status.${status}`)}
                    </Badge>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  {user.twoFactorEnabled ? (
                    <Text span size="sm" c="teal" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
                      <IconShieldCheck size={16} aria-hidden />
                      {t('users.twoFactorOn')}
                    </Text>
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {t('users.twoFactorOff')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {user.lastSignInAt ? (
                    <Text span size="sm">{formatDateTime(user.lastSignInAt, me.timeZone)}</Text>
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {t('users.neverSignedIn')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
