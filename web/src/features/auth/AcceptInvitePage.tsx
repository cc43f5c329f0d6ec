import { useState, type FormEvent } from 'react';
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api';
import { apiErrorText, fieldErrorText } from '../../app/errorText';
import { meKeys } from '../../app/session';
import { changeLocale } from '../../i18n/i18n';
import { acceptInvite } from './auth.api';
import { AuthLayout } from './AuthLayout';
import { PASSWORD_MIN } from './setupForm';

/** Opened from an invitation or password-reset email: choose a password and go straight in. */
export default function AcceptInvitePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const [failure, setFailure] = useState<string | null>(token ? null : t('auth.invite.invalid'));
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(token ? null : t('auth.invite.invalid'));
    const found: typeof errors = {};
    if (!password) found.password = fieldErrorText(t, 'required');
    else if (password.length < PASSWORD_MIN) found.password = fieldErrorText(t, 'too_short', { min: PASSWORD_MIN });
    if (!confirm) found.confirm = fieldErrorText(t, 'required');
    else if (confirm !== password) found.confirm = fieldErrorText(t, 'mismatch');
    setErrors(found);
    if (Object.keys(found).length > 0 || !token) return;
    setPending(true);
    try {
      const user = await acceptInvite(token, password);
      queryClient.setQueryData(meKeys.all, user);
      navigate('/', { replace: true });
    } catch (error) {
      setPending(false);
      if (isApiError(error) && error.fields.password) setErrors({ password: fieldErrorText(t, error.fields.password, { min: PASSWORD_MIN }) });
      else if (isApiError(error) && error.fields.token === 'deactivated') setFailure(t('errors.field.deactivated'));
      else if (isApiError(error) && error.fields.token) setFailure(t('auth.invite.invalid'));
      else setFailure(apiErrorText(t, error));
    }
  }

  return (
    <AuthLayout title={t('auth.invite.title')} subtitle={t('auth.invite.subtitle')} onLocaleChange={changeLocale}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {failure ? (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {failure}
            </Alert>
          ) : null}
          <PasswordInput
            label={t('auth.setup.password')}
            description={errors.password ? undefined : t('auth.setup.passwordHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
          <PasswordInput
            label={t('auth.setup.confirmPassword')}
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={errors.confirm}
          />
          <Button type="submit" loading={pending} fullWidth mt="xs">
            {t('auth.invite.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
