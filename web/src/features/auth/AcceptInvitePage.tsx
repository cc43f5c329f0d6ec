import { useState } from 'react';
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { fieldErrorText } from '../../app/errorText';
import { useRecordForm } from '../../components/form/useRecordForm';
import { changeLocale } from '../../i18n/i18n';
import { useAcceptInvite } from './auth.api';
import { AuthLayout } from './AuthLayout';
import { isTooShort, usePasswordPolicy } from './passwordPolicy';

/** Opened from an invitation or password-reset email: choose a password and go straight in. */
export default function AcceptInvitePage() {
  const { t } = useTranslation();
  const acceptInvite = useAcceptInvite();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { minLength } = usePasswordPolicy(token || undefined);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const form = useRecordForm({
    fields: ['password', 'confirm', 'token'],
    values: { password, confirm },
    validate: () => {
      const found: Record<string, string> = {};
      if (!password) found.password = 'required';
      else if (isTooShort(password, minLength)) found.password = 'too_short';
      if (!confirm) found.confirm = 'required';
      else if (confirm !== password) found.confirm = 'mismatch';
      if (!token) found.token = 'invalid';
      return found;
    },
    save: () => acceptInvite.mutateAsync({ token, password }),
    onSaved: () => navigate('/', { replace: true }),
    fieldText: (code, path) => fieldErrorText(t, code, path === 'password' ? { min: minLength } : {}),
    guard: false,
  });
  const { errors } = form;
  // The link itself is wrong, used up or for a deactivated account: said above the form, not under an input.
  const tokenCode = form.codes.token ?? (token ? null : 'invalid');
  const failure = tokenCode ? (tokenCode === 'deactivated' ? t('errors.field.deactivated') : t('auth.invite.invalid')) : form.formError;

  return (
    <AuthLayout title={t('auth.invite.title')} subtitle={t('auth.invite.subtitle')} onLocaleChange={changeLocale}>
      <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
        <Stack gap="md">
          {failure ? (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {failure}
            </Alert>
          ) : null}
          <PasswordInput
            label={t('auth.setup.password')}
            description={errors.password ? undefined : t('auth.setup.passwordHint', { count: minLength })}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
              form.clearError('password');
            }}
            error={errors.password}
          />
          <PasswordInput
            label={t('auth.setup.confirmPassword')}
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => {
              setConfirm(e.currentTarget.value);
              form.clearError('confirm');
            }}
            error={errors.confirm}
          />
          <Button type="submit" loading={form.pending} fullWidth mt="xs">
            {t('auth.invite.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
