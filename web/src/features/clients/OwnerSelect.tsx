import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAllUsers } from '../users/users.api';
import type { UserRef } from './clientTypes';

interface OwnerSelectProps {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  /** The current owner, listed even when deactivated or when the user list cannot be read. */
  current?: UserRef | null;
}

/** The record's owner, chosen from the workspace's active users. */
export function OwnerSelect({ value, onChange, error, current }: OwnerSelectProps) {
  const { t } = useTranslation();
  const users = useAllUsers();
  const options = (users.data ?? []).filter((user) => user.isActive || user.id === value).map((user) => ({ value: user.id, label: user.name }));
  if (current && !options.some((option) => option.value === current.id)) options.unshift({ value: current.id, label: current.name });
  return (
    <Select
      label={t('clients.fields.owner')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('common.nothingFound')}
      error={error}
      data-testid="owner-select"
    />
  );
}
