import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Paper, Stack } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/form/ConflictAlert';
import { FormError } from '../../components/FormError';
import { SaveBar } from '../../components/form/SaveBar';
import { useRecordForm } from '../../components/form/useRecordForm';
import type { WorkspaceValues } from '../auth/setupForm';
import { WorkspaceFields } from '../auth/WorkspaceFields';
import { AlarmFields } from './AlarmFields';
import { ClientCountriesField } from './ClientCountriesField';
import { NameOrderField } from './NameOrderField';
import { TrashFields } from './TrashFields';
import { useRefetchWorkspace, useUpdateWorkspace, type WorkspaceDetails } from './workspace.api';
import {
  WORKSPACE_FIELDS,
  formValues,
  generalErrors,
  toUpdateInput,
  validateWorkspace,
  type Count,
  type NameOrderChoice,
  type SecurityValues,
  type WorkspaceErrors,
  type WorkspaceField,
} from './workspaceForm';

/**
 * The workspace's name and defaults, the exfiltration alarm and the trash period, saved together
 * on the version they were read at: a save over someone else's change is refused and offers a reload.
 */
export function WorkspaceForm({ workspace }: { workspace: WorkspaceDetails }) {
  const { t } = useTranslation();
  const update = useUpdateWorkspace();
  const refetch = useRefetchWorkspace();
  // The version being edited; a newer one fetched meanwhile replaces it only when nothing is unsaved.
  const [base, setBase] = useState(workspace);
  const [values, setValues] = useState(() => formValues(workspace));
  const initial = useMemo(() => formValues(base), [base]);

  const form = useRecordForm({
    fields: WORKSPACE_FIELDS,
    values,
    baseline: initial,
    validate: () => validateWorkspace(values),
    save: () => update.mutateAsync(toUpdateInput(values, base.version)),
    onSaved: (next) => adopt(next),
    onReload: async () => adopt(await refetch()),
  });
  const { dirty, clear, clearError } = form;

  const adopt = useCallback((next: WorkspaceDetails) => {
    setBase(next);
    setValues(formValues(next));
  }, []);

  useEffect(() => {
    if (!dirty && workspace.version !== base.version) adopt(workspace);
  }, [workspace, dirty, base.version, adopt]);

  const changeGeneral = useCallback(
    (field: keyof WorkspaceValues, value: string) => {
      setValues((current) => ({ ...current, general: { ...current.general, [field]: value } as WorkspaceValues }));
      clearError(field);
    },
    [clearError],
  );

  const changeSecurity = useCallback(
    <K extends keyof SecurityValues>(field: K, value: SecurityValues[K]) => {
      setValues((current) => ({ ...current, security: { ...current.security, [field]: value } }));
      clearError(`settings.alarm.${field}`);
    },
    [clearError],
  );

  const changeTrash = useCallback(
    (value: Count) => {
      setValues((current) => ({ ...current, trashRetentionDays: value }));
      clearError('settings.trashRetentionDays');
    },
    [clearError],
  );

  const changeCountries = useCallback(
    (value: string[]) => {
      setValues((current) => ({ ...current, clientCountries: value }));
      clearError('settings.clientCountries');
    },
    [clearError],
  );

  const changeNameOrder = useCallback((value: NameOrderChoice) => setValues((current) => ({ ...current, nameOrder: value })), []);

  function discard() {
    adopt(base);
    clear();
  }

  const errors = form.codes as WorkspaceErrors;
  const general = useMemo(() => generalErrors(errors), [errors]);
  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md">
          <WorkspaceFields
            legend={t('workspace.general.title')}
            description={t('workspace.general.intro')}
            values={values.general}
            errors={general}
            onChange={changeGeneral}
          />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <ClientCountriesField
            value={values.clientCountries}
            defaultCountry={values.general.defaultCountry}
            error={errors['settings.clientCountries']}
            onChange={changeCountries}
          />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <NameOrderField value={values.nameOrder} locale={values.general.locale} onChange={changeNameOrder} />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <AlarmFields values={values.security} errors={errors} onChange={changeSecurity} />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <TrashFields value={values.trashRetentionDays} error={errors['settings.trashRetentionDays' satisfies WorkspaceField]} onChange={changeTrash} />
        </Paper>
        {form.conflict ? (
          <ConflictAlert
            title={t('workspace.conflictTitle')}
            text={t('workspace.conflictText')}
            reloadLabel={t('workspace.conflictReload')}
            reloading={form.reloading}
            onReload={() => void form.reload()}
          />
        ) : (
          <FormError message={form.formError} />
        )}
        {form.saved && !dirty ? (
          <Alert color="green" icon={<IconCheck size={18} />} role="status" withCloseButton onClose={form.dismissSaved} closeButtonLabel={t('common.close')}>
            {t('workspace.saved')}
          </Alert>
        ) : null}
        <SaveBar dirty={dirty} pending={form.pending} onDiscard={discard} />
      </Stack>
    </form>
  );
}
