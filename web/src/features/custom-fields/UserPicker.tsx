import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAllUsers } from '../users/users.api';

/** A colleague for a `user` field: active users, plus the stored one even when deactivated or unknown. */
export function UserPicker({ common, value, onChange }: { common: Record<string, unknown>; value: unknown; onChange: (v: unknown) => void }) {
  const { t } = useTranslation();
  const users = useAllUsers();
  const id = typeof value === 'string' ? value : null;
  const data = (users.data ?? []).filter((u) => u.isActive || u.id === id).map((u) => ({ value: u.id, label: u.name }));
  if (id && !data.some((o) => o.value === id)) data.unshift({ value: id, label: t('customFields.value.unknownUser') });
  return <Select {...common} data={data} value={id} onChange={(v) => onChange(v)} searchable clearable nothingFoundMessage={t('common.nothingFound')} />;
}
