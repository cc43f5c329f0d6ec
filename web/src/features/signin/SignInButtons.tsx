import { Button, Divider, Stack } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSignInButtons } from './signin.api';

/** "Sign in with <provider>" for each enabled OpenID provider; nothing while there are none. */
export function SignInButtons() {
  const { t } = useTranslation();
  const buttons = useSignInButtons();
  if (!buttons.data?.length) return null;
  return (
    <Stack gap="xs">
      <Divider label={t('signin.buttons.or')} labelPosition="center" />
      {buttons.data.map((p) => (
        // A plain link: the browser leaves for the provider and comes back through the callback.
        <Button key={p.id} component="a" href={`/api/v1/auth/oidc/${p.id}/start`} variant="default" leftSection={<IconKey size={16} />} fullWidth>
          {t('signin.buttons.with', { name: p.name })}
        </Button>
      ))}
    </Stack>
  );
}

/** The words for a refused OpenID sign-in (`?signInError=` on the sign-in page). */
export function oidcErrorKey(reason: string): string {
  const known = ['provider_disabled', 'provider_unreachable', 'invalid_state', 'provider_error', 'code_rejected', 'no_email', 'email_not_verified',
    'domain_not_allowed', 'unknown_account', 'deactivated', 'blocked', 'ip_not_allowed'];
  return `signin.errors.${known.includes(reason) ? reason : 'unknown'}`;
}
