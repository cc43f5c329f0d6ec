import { memo } from 'react';
import { Fieldset, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEGEND_STYLES } from '../auth/setupFields';
import { CountInput } from './CountInput';
import { RoleLimitFields } from './RoleLimitFields';
import { SETTING_LIMITS } from './workspace.api';
import type { Count, SecurityValues, WorkspaceErrors } from './workspaceForm';

interface AlarmFieldsProps {
  values: SecurityValues;
  errors: WorkspaceErrors;
  onChange: <K extends keyof SecurityValues>(field: K, value: SecurityValues[K]) => void;
}

/** The exfiltration alarm: how many cards and exported records an hour are normal, and whether crossing the line blocks. */
export const AlarmFields = memo(function AlarmFields({ values, errors, onChange }: AlarmFieldsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('workspace.alarm.title')} variant="unstyled" styles={LEGEND_STYLES}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('workspace.alarm.intro')}
        </Text>
        <CountInput
          label={t('workspace.alarm.viewsPerHour')}
          description={t('workspace.alarm.viewsPerHourHint')}
          value={values.viewsPerHour}
          limits={SETTING_LIMITS.viewsPerHour}
          error={errors['settings.alarm.viewsPerHour']}
          onChange={(value: Count) => onChange('viewsPerHour', value)}
        />
        <CountInput
          label={t('workspace.alarm.exportsPerHour')}
          description={t('workspace.alarm.exportsPerHourHint')}
          value={values.exportsPerHour}
          limits={SETTING_LIMITS.exportsPerHour}
          error={errors['settings.alarm.exportsPerHour']}
          onChange={(value: Count) => onChange('exportsPerHour', value)}
        />
        <CountInput
          label={t('workspace.alarm.unitsPerHour')}
          description={t('workspace.alarm.unitsPerHourHint')}
          value={values.unitsPerHour}
          limits={SETTING_LIMITS.unitsPerHour}
          error={errors['settings.alarm.unitsPerHour']}
          onChange={(value: Count) => onChange('unitsPerHour', value)}
        />
        <CountInput
          label={t('workspace.alarm.unitsPerDay')}
          description={t('workspace.alarm.unitsPerDayHint')}
          value={values.unitsPerDay}
          limits={SETTING_LIMITS.unitsPerDay}
          error={errors['settings.alarm.unitsPerDay']}
          onChange={(value: Count) => onChange('unitsPerDay', value)}
        />
        <RoleLimitFields values={values.roleLimits} error={errors['settings.alarm.roleLimits']} onChange={(value) => onChange('roleLimits', value)} />
        <CountInput
          label={t('workspace.alarm.readAuditDays')}
          description={t('workspace.alarm.readAuditDaysHint')}
          value={values.readAuditDays}
          limits={SETTING_LIMITS.readAuditDays}
          error={errors['settings.readAuditDays']}
          onChange={(value: Count) => onChange('readAuditDays', value)}
        />
        <Switch
          label={t('workspace.alarm.blockUser')}
          description={t('workspace.alarm.blockUserHint')}
          checked={values.blockUser}
          onChange={(event) => onChange('blockUser', event.currentTarget.checked)}
          error={errors['settings.alarm.blockUser'] ? t('errors.field.invalid') : undefined}
        />
      </Stack>
    </Fieldset>
  );
});
