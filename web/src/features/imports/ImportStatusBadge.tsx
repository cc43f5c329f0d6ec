import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportStatus } from './imports.api';

const COLORS: Record<ImportStatus, string> = {
  draft: 'gray', running: 'blue', done: 'green', failed: 'red', cancelled: 'orange', undoing: 'blue', undone: 'gray',
};

/** An import's status as a coloured word. */
export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} style={{ flexShrink: 0 }} data-testid="import-status">
      {t(`imports.statuses.${status}`)}
    </Badge>
  );
}
