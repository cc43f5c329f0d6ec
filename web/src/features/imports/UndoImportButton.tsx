import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatNumber } from '../../i18n/format';
import { useImportAction, type Import } from './imports.api';

/** Whether an import wrote something that undoing would take back. */
export const canUndo = (imp: Import) => ['done', 'cancelled', 'failed'].includes(imp.status) && imp.counts.created + imp.counts.updated > 0;

/** "Undo import", asked first: created records go to the trash, updated ones back to their version before. */
export function UndoImportButton({ imp, size = 'sm' }: { imp: Import; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const action = useImportAction(imp.id);
  return (
    <>
      <Button size={size} variant="default" color="red" leftSection={<IconArrowBackUp size={16} />} onClick={() => setOpen(true)} data-testid="import-undo">
        {t('imports.undo')}
      </Button>
      <ConfirmDialog
        opened={open}
        title={t('imports.undoTitle')}
        confirmLabel={t('imports.undo')}
        color="red"
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          await action.mutateAsync({ action: 'undo', version: imp.version });
          setOpen(false);
        }}
      >
        <Text size="sm">{t('imports.undoText', { created: formatNumber(imp.counts.created), updated: formatNumber(imp.counts.updated) })}</Text>
      </ConfirmDialog>
    </>
  );
}
