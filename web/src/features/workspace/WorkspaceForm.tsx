import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { meKey } from '../../app/session';
import { FormError } from '../../components/FormError';
import type { WorkspaceValues } from '../auth/setupForm';
import { WorkspaceFields } from '../auth/WorkspaceFields';
import { AlarmFields } from './AlarmFields';
import { ClientCountriesField } from './ClientCountriesField';
import { TrashFields } from './TrashFields';
import { fetchWorkspace, updateWorkspace, workspaceKey, type WorkspaceDetails } from './workspace.api';
import {
  formValues,
  generalErrors,
  isSameValues,
  toUpdateInput,
  validateWorkspace,
  workspaceErrorsFromApi,
  type Count,
  type SecurityValues,
  type WorkspaceErrors,
  type WorkspaceField,
} from './workspaceForm';

function withoutError(errors: WorkspaceErrors, field: WorkspaceField): WorkspaceErrors {
  if (!errors[field]) return errors;
  const { [field]: _cleared, ...rest } = errors;
  return rest;
}

/**
 * The workspace's name and defaults, the exfiltration alarm and the trash period, saved together
 * on the version they were read at: a save over someone else's change is refused and offers a reload.
 */
export function WorkspaceForm({ workspace }: { workspace: WorkspaceDetails }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  // The version being edited; a newer one fetched meanwhile replaces it only when nothing is unsaved.
  const [base, setBase] = useState(workspace);
  const [values, setValues] = useState(() => formValues(workspace));
  const [errors, setErrors] = useState<WorkspaceErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const initial = useMemo(() => formValues(base), [base]);
  const dirty = !isSameValues(values, initial);

  const adopt = useCallback((next: WorkspaceDetails) => {
    setBase(next);
    setValues(formValues(next));
    setErrors({});
  }, []);

  useEffect(() => {
    if (!dirty && workspace.version !== base.version) adopt(workspace);
  }, [workspace, dirty, base.version, adopt]);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  // Unsaved settings are easy to lose by closing the tab; the browser asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const changeGeneral = useCallback((field: keyof WorkspaceValues, value: string) => {
    setValues((current) => ({ ...current, general: { ...current.general, [field]: value } as WorkspaceValues }));
    setErrors((current) => withoutError(current, field));
    setSaved(false);
  }, []);

  const changeSecurity = useCallback(<K extends keyof SecurityValues>(field: K, value: SecurityValues[K]) => {
    setValues((current) => ({ ...current, security: { ...current.security, [field]: value } }));
    setErrors((current) => withoutError(current, `settings.alarm.${field}`));
    setSaved(false);
  }, []);

  const changeTrash = useCallback((value: Count) => {
    setValues((current) => ({ ...current, trashRetentionDays: value }));
    setErrors((current) => withoutError(current, 'settings.trashRetentionDays'));
    setSaved(false);
  }, []);

  const changeCountries = useCallback((value: string[]) => {
    setValues((current) => ({ ...current, clientCountries: value }));
    setErrors((current) => withoutError(current, 'settings.clientCountries'));
    setSaved(false);
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setSaved(false);
    const found = validateWorkspace(values);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    try {
      const next = await updateWorkspace(toUpdateInput(values, base.version));
      queryClient.setQueryData(workspaceKey, next);
      // The profile carries the workspace's name, time zone and currency for the rest of the app.
      void queryClient.invalidateQueries({ queryKey: meKey });
      adopt(next);
      setSaved(true);
    } catch (error) {
      const fromApi = isApiError(error) ? workspaceErrorsFromApi(error.fields) : {};
      setErrors(fromApi);
      setFailure(Object.keys(fromApi).length > 0 ? null : error);
      setAttempt((n) => n + 1);
    } finally {
      setPending(false);
    }
  }

  function discard() {
    adopt(base);
    setFailure(null);
  }

  async function reloadAfterConflict() {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ queryKey: workspaceKey, queryFn: fetchWorkspace, staleTime: 0 });
      adopt(fresh);
      setFailure(null);
    } catch (error) {
      setFailure(error);
    } finally {
      setReloading(false);
    }
  }

  const general = useMemo(() => generalErrors(errors), [errors]);
  const conflict = isApiError(failure, 'conflict');
  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
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
          <AlarmFields values={values.security} errors={errors} onChange={changeSecurity} />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <TrashFields value={values.trashRetentionDays} error={errors['settings.trashRetentionDays']} onChange={changeTrash} />
        </Paper>
        {conflict ? (
          <Alert color="orange" icon={<IconAlertCircle size={18} />} role="alert" title={t('workspace.conflictTitle')}>
            <Text size="sm">{t('workspace.conflictText')}</Text>
            <Button size="xs" mt="sm" variant="white" color="orange" loading={reloading} onClick={() => void reloadAfterConflict()}>
              {t('workspace.conflictReload')}
            </Button>
          </Alert>
        ) : (
          <FormError message={failure ? apiErrorText(t, failure) : null} />
        )}
        {saved && !dirty ? (
          <Alert color="green" icon={<IconCheck size={18} />} role="status" withCloseButton onClose={() => setSaved(false)} closeButtonLabel={t('common.close')}>
            {t('workspace.saved')}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={pending} disabled={!dirty}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={discard} disabled={!dirty || pending}>
            {t('workspace.discard')}
          </Button>
          {dirty ? (
            <Text size="sm" c="orange" role="status">
              {t('workspace.unsaved')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
