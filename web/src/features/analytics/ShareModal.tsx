import { Alert, Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { useRoles } from '../roles/roles.api';
import { useAllUsers } from '../users/users.api';

export interface Shared {
  roleIds: string[];
  userIds: string[];
}

interface Props {
  opened: boolean;
  onClose: () => void;
  value: Shared;
  onSave: (shared: Shared) => void;
  saving: boolean;
  /** The dashboard's words by default. */
  title?: string;
  text?: string;
  error?: unknown;
}

/** Who else sees a dashboard or a report: whole roles, or chosen people. */
export function ShareModal({ opened, onClose, value, onSave, saving, title, text, error }: Props) {
  const { t } = useTranslation();
  const roles = useRoles(opened);
  const users = useAllUsers(opened);
  const [draft, setDraft] = useState(value);
  useEffect(() => { if (opened) setDraft(value); }, [opened]);
  return (
    <Modal opened={opened} onClose={onClose} title={title ?? t('analytics.share.title')}>
      <Stack>
        <Text size="sm" c="dimmed">{text ?? t('analytics.share.text')}</Text>
        <MultiSelect label={t('analytics.share.roles')} data={(roles.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))} value={draft.roleIds} onChange={(roleIds) => setDraft({ ...draft, roleIds })} searchable />
        <MultiSelect label={t('analytics.share.users')} data={(users.data ?? []).filter((u) => u.isActive).map((u) => ({ value: u.id, label: u.name }))} value={draft.userIds} onChange={(userIds) => setDraft({ ...draft, userIds })} searchable />
        {error ? <Alert color="red" variant="light">{apiErrorText(t, error)}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button loading={saving} onClick={() => onSave(draft)}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
