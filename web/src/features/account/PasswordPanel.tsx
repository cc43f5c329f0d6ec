import { useState } from 'react';
import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../app/errorText';
import { FormError } from '../../components/FormError';
import { useRecordForm } from '../../components/form/useRecordForm';
import { isTooShort, usePasswordPolicy } from '../auth/passwordPolicy';
import { useChangePassword } from './account.api';

/**
 * Changes the signed-in user's password. The current one is asked (a borrowed open session must not
 * be enough); the minimum length is told before submit; every other session ends, and we say so.
 */
export function PasswordPanel() {
  const { t } = useTranslation();
  const { minLength } = usePasswordPolicy();
  const changePassword = useChangePassword();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirm: '' });
  const [ended, setEnded] = useState<number | null>(null);
  const form = useRecordForm({
    fields: ['currentPassword', 'newPassword', 'confirm'],
    values,
    validate: () => {
      const found: Record<string, string> = {};
      if (!values.currentPassword) found.currentPassword = 'required';
      if (!values.newPassword) found.newPassword = 'required';
      else if (isTooShort(values.newPassword, minLength)) found.newPassword = 'too_short';
      if (!values.confirm) found.confirm = 'required';
      else if (values.confirm !== values.newPassword) found.confirm = 'mismatch';
      return found;
    },
    save: () => changePassword.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    onSaved: (result) => {
      setEnded(result.endedSessions);
      setValues({ currentPassword: '', newPassword: '', confirm: '' });
    },
    fieldText: (code, path) => fieldErrorText(t, code, path === 'newPassword' ? { min: minLength } : {}),
    // Typed passwords are not worth keeping the user on the page for.
    guard: false,
  });

  const input = (key: keyof typeof values, autoComplete: string, description?: string) => (
    <PasswordInput
      label={t(`account.password.${key}`)}
      description={form.errors[key] ? undefined : description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      autoComplete={autoComplete}
      required
      value={values[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((v) => ({ ...v, [key]: value }));
        setEnded(null);
        form.clearError(key);
      }}
      error={form.errors[key]}
    />
  );

  return (
    <Paper withBorder radius="md" p="md" maw={480}>
      <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
        <Stack gap="md">
          <Title order={3} size="h4">
            {t('account.password.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('account.password.hint')}
          </Text>
          {ended !== null ? (
            <Alert color="green" icon={<IconCheck size={18} />} role="status">
              {t('account.password.done', { count: ended })}
            </Alert>
          ) : null}
          <FormError message={form.formError} />
          {input('currentPassword', 'current-password')}
          {input('newPassword', 'new-password', t('auth.setup.passwordHint', { count: minLength }))}
          {input('confirm', 'new-password')}
          <Button type="submit" loading={form.pending} style={{ alignSelf: 'flex-start' }}>
            {t('account.password.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
