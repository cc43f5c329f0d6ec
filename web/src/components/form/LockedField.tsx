import type { ReactNode } from 'react';
import { Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A form field under the viewer's field rights (decision 0027): left out when hidden, disabled (with
 * a note why) when masked or read-only, as is otherwise.
 */
export function LockedField({ right, children }: { right: 'masked' | 'read_only' | 'hidden' | undefined; children: ReactNode }) {
  const { t } = useTranslation();
  if (right === 'hidden') return null;
  if (!right) return <>{children}</>;
  return (
    <Tooltip label={t('fieldRights.locked')} position="top-start">
      <fieldset disabled data-locked-field style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        {children}
      </fieldset>
    </Tooltip>
  );
}
