import { Group, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { useDepartments } from '../departments/departments.api';
import { useAllUsers } from '../users/users.api';
import type { CalendarScope } from './calendar.api';

interface ScopePickerProps {
  value: CalendarScope;
  onChange: (scope: CalendarScope) => void;
}

/** Whose calendar: mine, a colleague's or a department's; the server answers only what the viewer may see. */
export function ScopePicker({ value, onChange }: ScopePickerProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const users = useAllUsers(value.kind === 'user');
  const departments = useDepartments(value.kind === 'department');
  const colleagues = (users.data ?? []).filter((user) => user.isActive && user.id !== me.id).map((user) => ({ value: user.id, label: user.name }));
  const teams = (departments.data ?? []).map((department) => ({ value: department.id, label: department.name }));
  return (
    <Group gap="xs" wrap="wrap">
      <SegmentedControl
        size="xs"
        value={value.kind}
        onChange={(kind) => {
          if (kind === 'me') onChange({ kind: 'me' });
          else if (kind === 'user') onChange({ kind: 'user', id: '' });
          else onChange({ kind: 'department', id: '' });
        }}
        data={[
          { value: 'me', label: t('calendar.scope.me') },
          { value: 'user', label: t('calendar.scope.user') },
          { value: 'department', label: t('calendar.scope.department') },
        ]}
        aria-label={t('calendar.scope.label')}
        data-testid="calendar-scope"
      />
      {value.kind === 'user' ? (
        <Select
          size="xs"
          aria-label={t('calendar.scope.user')}
          placeholder={t('calendar.scope.pickUser')}
          data={colleagues}
          value={value.id || null}
          onChange={(id) => onChange({ kind: 'user', id: id ?? '' })}
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          w={220}
        />
      ) : null}
      {value.kind === 'department' ? (
        <Select
          size="xs"
          aria-label={t('calendar.scope.department')}
          placeholder={t('calendar.scope.pickDepartment')}
          data={teams}
          value={value.id || null}
          onChange={(id) => onChange({ kind: 'department', id: id ?? '' })}
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          w={220}
        />
      ) : null}
    </Group>
  );
}
