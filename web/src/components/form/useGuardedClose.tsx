import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dirtyFormIds } from './unsavedChanges';

/**
 * Closing a dialog or drawer (Esc, its ✕, a click outside) that holds unsaved changes asks first.
 * Only the forms that became dirty while it was open count: a page's own half-filled form behind it
 * is not this dialog's business. Returns the close to hand the dialog, and the question to render.
 */
export function useGuardedClose(opened: boolean, onClose: () => void): { close: () => void; question: ReactNode } {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const before = useRef<Set<string>>(new Set());
  useEffect(() => {
    if (opened) before.current = new Set(dirtyFormIds());
    else setAsking(false);
  }, [opened]);

  const close = () => {
    if (dirtyFormIds().some((id) => !before.current.has(id))) setAsking(true);
    else onClose();
  };
  const question = (
    <Modal opened={asking} onClose={() => setAsking(false)} title={t('form.closeAsk.title')} size="sm" zIndex={400} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Text size="sm">{t('form.closeAsk.text')}</Text>
      <Group justify="flex-end" gap="sm" mt="lg">
        <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
          {t('form.closeAsk.keep')}
        </Button>
        <Button
          color="red"
          onClick={() => {
            setAsking(false);
            onClose();
          }}
        >
          {t('form.closeAsk.discard')}
        </Button>
      </Group>
    </Modal>
  );
  return { close, question };
}
