import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Import } from './imports.api';

/** Says that a workbook's sheet has merged cells, whose value is in their first cell only (the others read empty). */
export function MergedCellsAlert({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const merged = imp.workbook?.merged ?? [];
  if (merged.length === 0) return null;
  return (
    <Alert color="yellow" data-testid="import-merged">
      {t('imports.mergedCells', { count: merged.length, ranges: merged.slice(0, 5).join(', ') })}
    </Alert>
  );
}
