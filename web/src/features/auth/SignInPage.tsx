import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText, fieldErrorText } from '../../app/errorText';
import { meKeys } from '../../app/session';
import { changeLocale } from '../../i18n/i18n';
import { signIn, signInWithTwoFactor } from './auth.api';
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
  // Set once the password was right and the account has two-factor sign-in: the second step.
  const [challenge, setChallenge] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);

  // Messages are derived at render so they follow a language switch.
  const errors: SignInErrors = failure ? signInErrors(t, failure) : {};
  if (missing.email) errors.email = fieldErrorText(t, 'required');
  if (missing.password) errors.password = fieldErrorText(t, 'required');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nowMissing = { email: !email.trim(), password: !password };
    setMissing(nowMissing);
    setFailure(null);
    setExpired(false);
    if (nowMissing.email || nowMissing.password) return;
    setPending(true);
    try {
      // With the user known, RedirectIfSignedIn moves on to `?next=` or home.
      queryClient.setQueryData(meKeys.all, await signIn(email.trim(), password));
    } catch (error) {
      const next = isApiError(error, 'two_factor_required') ? error.details.challenge : undefined;
      if (typeof next === 'string') {
        setChallenge(next);
        setPassword('');
      } else {
        setFailure(error);
      }
      setPending(false);
    }
  }

  function restart(withExpiry: boolean) {
    setChallenge(null);
    setExpired(withExpiry);
    setFailure(null);
  }

  if (challenge) {
    return (
      <AuthLayout title={t('auth.twoFactor.title')} subtitle={t('auth.twoFactor.subtitle')} onLocaleChange={changeLocale}>
        <TwoFactorStep challenge={challenge} onExpired={() => restart(true)} onBack={() => restart(false)} />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('auth.signIn.title')} subtitle={t('auth.signIn.subtitle')} onLocaleChange={changeLocale}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {errors.form || expired ? (
            <Alert color={expired && !errors.form ? 'orange' : 'red'} icon={<IconAlertCircle size={18} />} role="alert">
              {errors.form ?? t('auth.twoFactor.expired')}
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

/** The code from the authenticator app, after a correct password. */
function TwoFactorStep({ challenge, onExpired, onBack }: { challenge: string; onExpired: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    if (!code.trim()) {
      setCodeError(fieldErrorText(t, 'required'));
      return;
    }
    setCodeError(null);
    setPending(true);
    try {
      queryClient.setQueryData(meKeys.all, await signInWithTwoFactor(challenge, code.trim()));
    } catch (error) {
      setPending(false);
      if (isApiError(error) && error.fields.challenge) return onExpired();
      if (isApiError(error) && error.fields.code) setCodeError(fieldErrorText(t, error.fields.code));
      else setFailure(error);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {isApiError(failure, 'rate_limited') ? t('auth.signIn.rateLimited') : apiErrorText(t, failure)}
          </Alert>
        ) : null}
        <TextInput
          label={t('auth.twoFactor.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          value={code}
          onChange={(e) => {
            setCode(e.currentTarget.value);
            setCodeError(null);
          }}
          error={codeError}
          styles={{ input: { letterSpacing: '0.2em', fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-autofocus
          autoFocus
        />
        <Button type="submit" loading={pending} fullWidth>
          {t('auth.twoFactor.submit')}
        </Button>
        <Text size="sm" ta="center">
          <Anchor component="button" type="button" onClick={onBack}>
            {t('auth.twoFactor.back')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
