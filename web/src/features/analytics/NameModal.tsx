import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';

interface Props {
  opened: boolean;
  title: string;
  value: string;
  saving: boolean;
  error: unknown;
  onClose: () => void;
  onSave: (name: string) => void;
}

/** Renames a saved report or a dashboard (a name of up to 120 characters). */
export function NameModal({ opened, title, value, saving, error, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(value);
  useEffect(() => { if (opened) setName(value); }, [opened, value]);
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <form onSubmit={(e) => { e.preventDefault(); if (name.trim()) onSave(name.trim()); }}>
        <Stack>
          <TextInput label={t('analytics.nameLabel')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={120} data-autofocus />
          {error ? <Alert color="red" variant="light">{apiErrorText(t, error)}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saving} disabled={!name.trim()}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
