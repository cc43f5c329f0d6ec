import { useCallback, useEffect, useReducer, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Divider, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { meKeys, setupKeys } from '../../app/session';
import { changeLocale, currentLocale, isLocale, type Locale } from '../../i18n/i18n';
import { setUpWorkspace } from './auth.api';
import { AdminFields } from './AdminFields';
import { AuthLayout } from './AuthLayout';
import {
  initialSetupState,
  setupErrorsFromApi,
  setupReducer,
  toSetupInput,
  validateSetup,
  type AdminValues,
  type SetupErrors,
  type SetupField,
  type WorkspaceValues,
} from './setupForm';
import { WorkspaceFields } from './WorkspaceFields';

function withoutError(errors: SetupErrors, field: SetupField): SetupErrors {
  if (!errors[field]) return errors;
  const { [field]: _cleared, ...rest } = errors;
  return rest;
}

/** First run: creates the workspace and its administrator, who is then signed in. */
export default function SetupPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [{ values }, dispatch] = useReducer(setupReducer, currentLocale(), initialSetupState);
  const [errors, setErrors] = useState<SetupErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const changeWorkspace = useCallback((field: keyof WorkspaceValues, value: string) => {
    dispatch({ section: 'workspace', field, value });
    setErrors((current) => withoutError(current, `workspace.${field}`));
    // The workspace language is also the language of this screen.
    if (field === 'locale' && isLocale(value)) void changeLocale(value);
  }, []);

  const changeAdmin = useCallback((field: keyof AdminValues, value: string) => {
    dispatch({ section: 'admin', field, value });
    setErrors((current) => withoutError(current, `admin.${field}`));
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found = validateSetup(values);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    try {
      const user = await setUpWorkspace(toSetupInput(values));
      queryClient.setQueryData(setupKeys.all, { needed: false });
      queryClient.setQueryData(meKeys.all, user);
      navigate('/', { replace: true });
    } catch (error) {
      const fromApi = isApiError(error) ? setupErrorsFromApi(error.fields) : {};
      setErrors(fromApi);
      setFailure(Object.keys(fromApi).length > 0 ? null : error);
      setAttempt((n) => n + 1);
      setPending(false);
    }
  }

  function goToSignIn() {
    queryClient.setQueryData(setupKeys.all, { needed: false });
    navigate('/sign-in', { replace: true });
  }

  const alreadySetUp = isApiError(failure, 'already_set_up');
  return (
    <AuthLayout
      title={t('auth.setup.title')}
      subtitle={t('auth.setup.intro')}
      width={680}
      onLocaleChange={(locale: Locale) => changeWorkspace('locale', locale)}
    >
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="lg">
          {failure ? (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {alreadySetUp ? t('auth.setup.alreadySetUp') : apiErrorText(t, failure)}
              {alreadySetUp ? (
                <Button variant="white" color="red" size="xs" mt="sm" display="block" onClick={goToSignIn}>
                  {t('auth.signIn.submit')}
                </Button>
              ) : null}
            </Alert>
          ) : null}
          <WorkspaceFields values={values.workspace} errors={errors} onChange={changeWorkspace} />
          <Divider />
          <AdminFields values={values.admin} errors={errors} onChange={changeAdmin} />
          <Button type="submit" loading={pending} size="md" fullWidth>
            {t('auth.setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
