import { FormError } from '../../components/FormError';
import { useState } from 'react';
import { Alert, Badge, Button, Code, CopyButton, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconCopy, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../app/api';
import { apiErrorText, fieldErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { useRecordForm } from '../../components/form/useRecordForm';
import { useDisableTwoFactor, useEnableTwoFactor, useStartTwoFactorSetup } from './account.api';
import { QrCode } from './QrCode';

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`: easier to type from the screen. */
function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})/g, '$1 ').trim();
}

/** Turns two-factor sign-in on (scan, type a code) or off (with the password). */
export function TwoFactorPanel() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [justEnabled, setJustEnabled] = useState(false);
  if (justEnabled) {
    return (
      <Alert color="green" icon={<IconShieldCheck size={18} />} title={t('account.twoFactor.enabledTitle')} role="status" maw={640}>
        <Text size="sm">{t('account.twoFactor.enabledText')}</Text>
        <Button component={Link} to="/" size="xs" mt="sm" variant="white" color="green">
          {t('common.goHome')}
        </Button>
      </Alert>
    );
  }
  return me.twoFactorEnabled ? <DisableTwoFactor /> : <SetUpTwoFactor onEnabled={() => setJustEnabled(true)} />;
}

function SetUpTwoFactor({ onEnabled }: { onEnabled: () => void }) {
  const { t } = useTranslation();
  const startSetup = useStartTwoFactorSetup();
  const enableTwoFactor = useEnableTwoFactor();
  const [setup, setSetup] = useState<{ secret: string; otpauthUrl: string } | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>(null);
  const [code, setCode] = useState('');
  const digits = code.replace(/\s+/g, '');
  const form = useRecordForm({
    fields: ['code'],
    values: { code },
    validate: (): Record<string, string> => (/^\d{6}$/.test(digits) ? {} : { code: 'code_format' }),
    save: () => enableTwoFactor.mutateAsync(digits),
    onSaved: onEnabled,
    fieldText: (error) => (error === 'code_format' ? t('account.twoFactor.codeFormat') : fieldErrorText(t, error)),
    // A one-time code is worth nothing a minute later: leaving loses nothing.
    guard: false,
  });

  async function start() {
    setStarting(true);
    setStartError(null);
    try {
      setSetup(await startSetup.mutateAsync());
    } catch (error) {
      setStartError(error);
    } finally {
      setStarting(false);
    }
  }

  return (
    <Paper withBorder radius="md" p="md" maw={640}>
      <Stack gap="md">
        <Group gap="sm">
          <Title order={3} size="h4">
            {t('account.twoFactor.title')}
          </Title>
          <Badge color="gray" variant="light">
            {t('account.twoFactor.off')}
          </Badge>
        </Group>
        <Text size="sm">{t('account.twoFactor.intro')}</Text>
        {startError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {apiErrorText(t, startError)}
          </Alert>
        ) : null}
        {!setup ? (
          <Button onClick={() => void start()} loading={starting} style={{ alignSelf: 'flex-start' }} leftSection={<IconShieldCheck size={16} />}>
            {t('account.twoFactor.start')}
          </Button>
        ) : (
          <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
            <Stack gap="md">
              <Text size="sm" fw={500}>
                {t('account.twoFactor.step1')}
              </Text>
              <Group align="flex-start" gap="lg" wrap="wrap">
                <QrCode value={setup.otpauthUrl} label={t('account.twoFactor.qrLabel')} />
                <Stack gap={6} style={{ flex: '1 1 200px' }}>
                  <Text size="sm" c="dimmed">
                    {t('account.twoFactor.manual')}
                  </Text>
                  <Group gap={6} wrap="wrap">
                    <Code fz="md" style={{ letterSpacing: '0.05em', wordBreak: 'break-word' }} aria-label={t('account.twoFactor.secretLabel')}>
                      {groupSecret(setup.secret)}
                    </Code>
                    <CopyButton value={setup.secret.replace(/\s+/g, '')}>
                      {({ copied, copy }) => (
                        <Button size="compact-xs" variant="subtle" onClick={copy} leftSection={copied ? <IconCheck size={12} /> : <IconCopy size={12} />}>
                          {copied ? t('common.copied') : t('common.copy')}
                        </Button>
                      )}
                    </CopyButton>
                  </Group>
                </Stack>
              </Group>
              <Text size="sm" fw={500}>
                {t('account.twoFactor.step2')}
              </Text>
              <FormError message={form.formError} />
              <Group align="flex-start" gap="sm">
                <TextInput
                  label={t('account.twoFactor.code')}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={7}
                  value={code}
                  onChange={(e) => {
                    setCode(e.currentTarget.value);
                    form.clearError('code');
                  }}
                  error={form.errors.code}
                  w={160}
                  styles={{ input: { letterSpacing: '0.2em', fontFamily: 'var(--mantine-font-family-monospace)' } }}
                />
                <Button type="submit" loading={form.pending} mt={25}>
                  {t('account.twoFactor.enable')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

function DisableTwoFactor() {
  const { t } = useTranslation();
  const disableTwoFactor = useDisableTwoFactor();
  const [password, setPassword] = useState('');
  const form = useRecordForm({
    fields: ['password'],
    values: { password },
    validate: (): Record<string, string> => (password ? {} : { password: 'required' }),
    save: () => disableTwoFactor.mutateAsync(password),
    formText: (error) => (isApiError(error, 'conflict') ? t('account.twoFactor.requiredByRole') : apiErrorText(t, error)),
    // A typed password is not worth keeping the user on the page for.
    guard: false,
  });

  return (
    <Paper withBorder radius="md" p="md" maw={640}>
      <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
        <Stack gap="md">
          <Group gap="sm">
            <Title order={3} size="h4">
              {t('account.twoFactor.title')}
            </Title>
            <Badge color="green" variant="light" leftSection={<IconShieldCheck size={12} />}>
              {t('account.twoFactor.on')}
            </Badge>
          </Group>
          <Text size="sm">{t('account.twoFactor.onText')}</Text>
          <FormError message={form.formError} />
          <Group align="flex-start" gap="sm">
            <PasswordInput
              label={t('account.twoFactor.password')}
              autoComplete="current-password"
              value={password}
              onChange={(e) => {
                setPassword(e.currentTarget.value);
                form.clearError('password');
              }}
              error={form.errors.password}
              w={260}
            />
            <Button type="submit" color="red" variant="light" loading={form.pending} mt={25}>
              {t('account.twoFactor.disable')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
