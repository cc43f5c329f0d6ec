import { memo } from 'react';
import { Fieldset, PasswordInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HINT_BELOW, LEGEND_STYLES, useSetupErrorText } from './setupFields';
import { PASSWORD_MIN, type AdminValues, type SetupErrors } from './setupForm';

interface AdminFieldsProps {
  values: AdminValues;
  errors: SetupErrors;
  onChange: (field: keyof AdminValues, value: string) => void;
}

/** The first administrator: name, email and a password typed twice. */
export const AdminFields = memo(function AdminFields({ values, errors, onChange }: AdminFieldsProps) {
  const { t } = useTranslation();
  const errorText = useSetupErrorText(errors);
  const passwordError = errorText('admin.password');
  const confirmError = errorText('admin.confirmPassword');
  return (
    <Fieldset legend={t('auth.setup.adminSection')} variant="unstyled" styles={LEGEND_STYLES}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <TextInput
          label={t('auth.setup.adminName')}
          required
          autoComplete="name"
          value={values.name}
          onChange={(e) => onChange('name', e.currentTarget.value)}
          error={errorText('admin.name')}
        />
        <TextInput
          label={t('auth.setup.email')}
          type="email"
          required
          autoComplete="email"
          value={values.email}
          onChange={(e) => onChange('email', e.currentTarget.value)}
          error={errorText('admin.email')}
        />
        <PasswordInput
          label={t('auth.setup.password')}
          inputWrapperOrder={HINT_BELOW}
          // The error repeats the rule, so the hint steps aside while it shows.
          description={passwordError ? undefined : t('auth.setup.passwordHint', { count: PASSWORD_MIN })}
          required
          autoComplete="new-password"
          value={values.password}
          onChange={(e) => onChange('password', e.currentTarget.value)}
          error={passwordError}
          aria-invalid={Boolean(passwordError)}
        />
        <PasswordInput
          label={t('auth.setup.confirmPassword')}
          required
          autoComplete="new-password"
          value={values.confirmPassword}
          onChange={(e) => onChange('confirmPassword', e.currentTarget.value)}
          error={confirmError}
          aria-invalid={Boolean(confirmError)}
        />
      </SimpleGrid>
    </Fieldset>
  );
});
