import type { ReactNode } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface SaveBarProps {
  dirty: boolean;
  pending: boolean;
  onDiscard: () => void;
  /** Without it, Save submits the surrounding form. */
  onSave?: () => void;
  /** More buttons at the far end (copy, delete...). */
  extra?: ReactNode;
}

/** Save, discard and the "unsaved changes" note under a settings page's form. */
export function SaveBar({ dirty, pending, onDiscard, onSave, extra }: SaveBarProps) {
  const { t } = useTranslation();
  const buttons = (
    <Group gap="sm">
      <Button type={onSave ? 'button' : 'submit'} onClick={onSave} loading={pending} disabled={!dirty}>
        {t('common.save')}
      </Button>
      <Button variant="default" onClick={onDiscard} disabled={!dirty || pending}>
        {t('form.discard')}
      </Button>
      {dirty ? (
        <Text size="sm" c="orange" role="status">
          {t('form.unsaved')}
        </Text>
      ) : null}
    </Group>
  );
  if (!extra) return buttons;
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      {buttons}
      <Group gap="sm">{extra}</Group>
    </Group>
  );
}
