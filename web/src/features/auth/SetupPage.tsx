import { useCallback, useReducer } from 'react';
import { Alert, Button, Divider, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { useMarkSetUp, useSetMe } from '../../app/session';
import { useRecordForm } from '../../components/form/useRecordForm';
import { changeLocale, currentLocale, isLocale, type Locale } from '../../i18n/i18n';
import { useSetUpWorkspace } from './auth.api';
import { AdminFields } from './AdminFields';
import { AuthLayout } from './AuthLayout';
import {
  SETUP_FIELDS,
  initialSetupState,
  setupReducer,
  toSetupInput,
  validateSetup,
  type AdminValues,
  type SetupErrors,
  type WorkspaceValues,
} from './setupForm';
import { WorkspaceFields } from './WorkspaceFields';

/** First run: creates the workspace and its administrator, who is then signed in. */
export default function SetupPage() {
  const { t } = useTranslation();
  const setUp = useSetUpWorkspace();
  const markSetUp = useMarkSetUp();
  const setMe = useSetMe();
  const navigate = useNavigate();
  const [{ values }, dispatch] = useReducer(setupReducer, currentLocale(), initialSetupState);
  const form = useRecordForm({
    fields: SETUP_FIELDS,
    values,
    validate: () => validateSetup(values),
    save: () => setUp.mutateAsync(toSetupInput(values)),
    onSaved: (user) => {
      markSetUp();
      setMe(user);
      navigate('/', { replace: true });
    },
    formText: (error) => (isApiError(error, 'already_set_up') ? t('auth.setup.alreadySetUp') : apiErrorText(t, error)),
  });
  const { clearError } = form;
  const errors = form.codes as SetupErrors;

  const changeWorkspace = useCallback(
    (field: keyof WorkspaceValues, value: string) => {
      dispatch({ section: 'workspace', field, value });
      clearError(`workspace.${field}`);
      // The workspace language is also the language of this screen.
      if (field === 'locale' && isLocale(value)) void changeLocale(value);
    },
    [clearError],
  );

  const changeAdmin = useCallback(
    (field: keyof AdminValues, value: string) => {
      dispatch({ section: 'admin', field, value });
      clearError(`admin.${field}`);
    },
    [clearError],
  );

  function goToSignIn() {
    form.release();
    markSetUp();
    navigate('/sign-in', { replace: true });
  }

  const alreadySetUp = isApiError(form.failure, 'already_set_up');
  return (
    <AuthLayout
      title={t('auth.setup.title')}
      subtitle={t('auth.setup.intro')}
      width={680}
      onLocaleChange={(locale: Locale) => changeWorkspace('locale', locale)}
    >
      <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
        <Stack gap="lg">
          {form.formError ? (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {form.formError}
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
          <Button type="submit" loading={form.pending} size="md" fullWidth>
            {t('auth.setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
