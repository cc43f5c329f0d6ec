import { useEffect, useSyncExternalStore } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { hasUnsavedChanges, onUnsavedChange } from './unsavedChanges';

/**
 * Mounted once: while a form holds unsaved changes, closing the tab asks the browser's question and
 * moving to another page asks ours.
 */
export function UnsavedChangesGuard() {
  const { t } = useTranslation();
  const unsaved = useSyncExternalStore(onUnsavedChange, hasUnsavedChanges);
  // Asked at the moment of navigating, so a form that has just saved never blocks its own redirect.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => hasUnsavedChanges() && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const blocked = blocker.state === 'blocked';
  return (
    <Modal opened={blocked} onClose={() => blocker.reset?.()} title={t('form.leave.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Text size="sm">{t('form.leave.text')}</Text>
      <Group justify="flex-end" gap="sm" mt="lg">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          {t('form.leave.stay')}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          {t('form.leave.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
