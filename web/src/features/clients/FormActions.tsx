import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from './useIsPhone';

/**
 * Cancel and save at the bottom of a record form, pinned to the bottom of the dialog while the
 * fields scroll under it: on a phone the form fills the screen and the button must stay in reach.
 */
export function FormActions({ onCancel, pending, saveLabel }: { onCancel: () => void; pending: boolean; saveLabel: string }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <Group
      justify="flex-end"
      gap="sm"
      py="sm"
      wrap="nowrap"
      data-testid="form-actions"
      style={{
        position: 'sticky',
        bottom: 0,
        zIndex: 2,
        background: 'var(--mantine-color-body)',
        borderTop: '1px solid var(--mantine-color-default-border)',
        // Reaches the dialog's edges and its bottom, so no field shows through beside or below it.
        marginInline: 'calc(var(--mb-padding, var(--mantine-spacing-md)) * -1)',
        marginBottom: 'calc(var(--mb-padding, var(--mantine-spacing-md)) * -1)',
        paddingInline: 'var(--mb-padding, var(--mantine-spacing-md))',
      }}
    >
      <Button variant="default" onClick={onCancel} style={{ flexShrink: 0 }}>
        {t('common.cancel')}
      </Button>
      {/* On a phone the save button takes the rest of the row: the one the thumb looks for. */}
      <Button type="submit" loading={pending} data-testid="save-record" style={isPhone ? { flex: 1, minWidth: 0 } : undefined}>
        {saveLabel}
      </Button>
    </Group>
  );
}
