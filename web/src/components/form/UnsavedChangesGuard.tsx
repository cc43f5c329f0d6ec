import { useEffect, useState, useSyncExternalStore } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { forgetUnsavedChanges, hasUnsavedChanges, onUnsavedChange } from './unsavedChanges';

/** The in-app page a click on a link would open, or null when the click is not such a move. */
function inAppTarget(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return null;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return null;
  return url.pathname === window.location.pathname ? null : `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Mounted once: while a form holds unsaved changes, closing the tab asks the browser's question and
 * following a link to another page asks ours. A form that has just saved is clean before it moves on.
 */
export function UnsavedChangesGuard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const unsaved = useSyncExternalStore(onUnsavedChange, hasUnsavedChanges);
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    // Capture phase: the question comes before the router acts on the click.
    const hold = (event: MouseEvent) => {
      const target = hasUnsavedChanges() ? inAppTarget(event) : null;
      if (!target) return;
      event.preventDefault();
      event.stopPropagation();
      setPending(target);
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('click', hold, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('click', hold, true);
    };
  }, [unsaved]);

  function leave() {
    const target = pending;
    setPending(null);
    forgetUnsavedChanges();
    if (target) navigate(target);
  }

  return (
    <Modal opened={pending !== null} onClose={() => setPending(null)} title={t('form.leave.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Text size="sm">{t('form.leave.text')}</Text>
      <Group justify="flex-end" gap="sm" mt="lg">
        <Button variant="default" onClick={() => setPending(null)} data-autofocus>
          {t('form.leave.stay')}
        </Button>
        <Button color="red" onClick={leave}>
          {t('form.leave.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
