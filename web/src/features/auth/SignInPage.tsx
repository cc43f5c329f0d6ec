import { useState } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { apiErrorText } from '../../app/errorText';
import { useRecordForm } from '../../components/form/useRecordForm';
import { changeLocale } from '../../i18n/i18n';
import { useSignIn, useSignInWithTwoFactor } from './auth.api';
import { useSearchParams } from 'react-router';
import { AuthLayout } from './AuthLayout';
import { oidcErrorKey, SignInButtons } from '../signin/SignInButtons';
import { signInErrors, signInFieldCodes, signInFieldText } from './signInErrors';

export function SignInPage() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Set once the password was right and the account has two-factor sign-in: the second step. An
  // OpenID sign-in that still needs the code comes back with it in the fragment (`#twoFactor=`).
  const [challenge, setChallenge] = useState<string | null>(() => twoFactorFromHash());
  const [expired, setExpired] = useState(false);
  const [params, setParams] = useSearchParams();
  const oidcError = params.get('signInError');

  const form = useRecordForm({
    fields: ['email', 'password'],
    values: { email },
    validate: () => {
      const missing: Record<string, string> = {};
      if (!email.trim()) missing.email = 'required';
      if (!password) missing.password = 'required';
      return missing;
    },
    beforeSave: async () => {
      setExpired(false);
      return true;
    },
    save: async () => {
      try {
        return await signIn.mutateAsync({ email: email.trim(), password });
      } catch (error) {
        const next = isApiError(error, 'two_factor_required') ? error.details.challenge : undefined;
        if (typeof next !== 'string') throw error;
        setChallenge(next);
        setPassword('');
        return null;
      }
    },
    fieldCodes: signInFieldCodes,
    fieldText: (code) => signInFieldText(t, code),
    formText: (error) => signInErrors(t, error).form ?? apiErrorText(t, error),
    // Nothing typed here is worth keeping someone on the page for.
    guard: false,
  });
  const { errors } = form;

  function restart(withExpiry: boolean) {
    setChallenge(null);
    setExpired(withExpiry);
    form.clear();
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
      <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
        <Stack gap="md">
          {oidcError && !form.formError ? (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" withCloseButton onClose={() => setParams({}, { replace: true })}>
              {t(oidcErrorKey(oidcError))}
            </Alert>
          ) : null}
          {form.formError || expired ? (
            <Alert color={expired && !form.formError ? 'orange' : 'red'} icon={<IconAlertCircle size={18} />} role="alert">
              {form.formError ?? t('auth.twoFactor.expired')}
            </Alert>
          ) : null}
          <TextInput
            label={t('auth.signIn.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => {
              setEmail(e.currentTarget.value);
              form.clearError('email');
            }}
            error={errors.email}
          />
          <PasswordInput
            label={t('auth.signIn.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
              form.clearError('password');
            }}
            error={errors.password}
            aria-invalid={Boolean(errors.password)}
          />
          <Button type="submit" loading={form.pending} fullWidth mt="xs">
            {t('auth.signIn.submit')}
          </Button>
          <SignInButtons />
        </Stack>
      </form>
    </AuthLayout>
  );
}

/** The two-factor challenge an OpenID sign-in left in the address's fragment, taken out of the address. */
function twoFactorFromHash(): string | null {
  const match = /^#twoFactor=(.+)$/.exec(window.location.hash);
  if (!match) return null;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return decodeURIComponent(match[1]!);
}

/** The code from the authenticator app, after a correct password. */
function TwoFactorStep({ challenge, onExpired, onBack }: { challenge: string; onExpired: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const signInWithTwoFactor = useSignInWithTwoFactor();
  const [code, setCode] = useState('');
  const form = useRecordForm({
    fields: ['code'],
    values: { code },
    validate: (): Record<string, string> => (code.trim() ? {} : { code: 'required' }),
    save: async () => {
      try {
        return await signInWithTwoFactor.mutateAsync({ challenge, code: code.trim() });
      } catch (error) {
        if (!(isApiError(error) && error.fields.challenge)) throw error;
        onExpired();
        return null;
      }
    },
    formText: (error) => (isApiError(error, 'rate_limited') ? t('auth.signIn.rateLimited') : apiErrorText(t, error)),
    guard: false,
  });

  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="md">
        {form.formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {form.formError}
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
            form.clearError('code');
          }}
          error={form.errors.code}
          styles={{ input: { letterSpacing: '0.2em', fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-autofocus
          autoFocus
        />
        <Button type="submit" loading={form.pending} fullWidth>
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
