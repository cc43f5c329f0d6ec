import { memo } from 'react';
import { Fieldset } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEGEND_STYLES } from '../auth/setupFields';
import { CountInput } from './CountInput';
import { SETTING_LIMITS } from './workspace.api';
import type { Count } from './workspaceForm';

interface TrashFieldsProps {
  value: Count;
  error?: string;
  onChange: (value: Count) => void;
}

/** How long deleted records wait in the Trash before they are purged. */
export const TrashFields = memo(function TrashFields({ value, error, onChange }: TrashFieldsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('workspace.trash.title')} variant="unstyled" styles={LEGEND_STYLES}>
      <CountInput
        label={t('workspace.trash.retentionDays')}
        description={t('workspace.trash.retentionDaysHint')}
        value={value}
        limits={SETTING_LIMITS.trashRetentionDays}
        error={error}
        onChange={onChange}
      />
    </Fieldset>
  );
});
