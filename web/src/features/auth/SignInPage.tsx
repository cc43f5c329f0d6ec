import { useState, type FormEvent } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../app/errorText';
import { meKey } from '../../app/session';
import { changeLocale } from '../../i18n/i18n';
import { signIn } from './auth.api';
import { AuthLayout } from './AuthLayout';
import { signInErrors, type SignInErrors } from './signInErrors';

export function SignInPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState({ email: false, password: false });
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  // Messages are derived at render so they follow a language switch.
  const errors: SignInErrors = failure ? signInErrors(t, failure) : {};
  if (missing.email) errors.email = fieldErrorText(t, 'required');
  if (missing.password) errors.password = fieldErrorText(t, 'required');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nowMissing = { email: !email.trim(), password: !password };
    setMissing(nowMissing);
    setFailure(null);
    if (nowMissing.email || nowMissing.password) return;
    setPending(true);
    try {
      // With the user known, RedirectIfSignedIn moves on to `?next=` or home.
      queryClient.setQueryData(meKey, await signIn(email.trim(), password));
    } catch (error) {
      setFailure(error);
      setPending(false);
    }
  }

  return (
    <AuthLayout title={t('auth.signIn.title')} subtitle={t('auth.signIn.subtitle')} onLocaleChange={changeLocale}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {errors.form ? (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {errors.form}
            </Alert>
          ) : null}
          <TextInput
            label={t('auth.signIn.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
          />
          <PasswordInput
            label={t('auth.signIn.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
            aria-invalid={Boolean(errors.password)}
          />
          <Button type="submit" loading={pending} fullWidth mt="xs">
            {t('auth.signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
