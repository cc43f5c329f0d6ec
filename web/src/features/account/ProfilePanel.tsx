import { FormError } from '../../components/FormError';
import { useMemo, useState } from 'react';
import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { useRecordForm } from '../../components/form/useRecordForm';
import { fetchMe, useCurrentUser } from '../../app/session';
import { LOCALES, LOCALE_NAMES, changeLocale, isLocale, type Locale } from '../../i18n/i18n';
import { timeZoneOptions } from '../auth/setupOptions';
import { roleLabel } from '../roles/roleLabel';
import { useUpdateProfile } from './account.api';

const FIELDS = ['name', 'locale', 'timeZone'] as const;

/** Your name, the language of the interface and the time zone dates are shown in. */
export function ProfilePanel() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const updateProfile = useUpdateProfile();
  const [name, setName] = useState(me.name);
  const [locale, setLocale] = useState<Locale>(me.locale);
  const [timeZone, setTimeZone] = useState(me.timeZone);
  const zones = useMemo(() => timeZoneOptions(me.timeZone), [me.timeZone]);

  const form = useRecordForm({
    fields: FIELDS,
    values: { name, locale, timeZone },
    validate: (): Record<string, string> => (name.trim() ? {} : { name: 'required' }),
    save: async () => {
      const input = { name: name.trim(), locale, timeZone };
      try {
        return await updateProfile.mutateAsync({ ...input, version: me.version });
      } catch (error) {
        // Changed meanwhile (say, the language from the user menu on another tab): these fields are all this form holds.
        if (!isApiError(error, 'conflict')) throw error;
        const fresh = await fetchMe();
        if (!fresh) throw error;
        return updateProfile.mutateAsync({ ...input, version: fresh.version });
      }
    },
    onSaved: (user) => changeLocale(user.locale),
  });
  const { errors } = form;

  return (
    <Paper withBorder radius="md" p="md" maw={560}>
      <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
        <Stack gap="sm">
          <FormError message={form.formError} />
          {form.saved ? (
            <Alert color="green" icon={<IconCheck size={18} />} role="status">
              {t('account.profile.saved')}
            </Alert>
          ) : null}
          <Group gap="xl">
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('account.profile.email')}
              </Text>
              <Text size="sm">{me.email}</Text>
            </Stack>
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('account.profile.role')}
              </Text>
              <Text size="sm">{roleLabel(t, me.role)}</Text>
            </Stack>
          </Group>
          <TextInput label={t('account.profile.name')} required value={name} onChange={(e) => {
              setName(e.currentTarget.value);
              form.clearError('name');
            }} error={errors.name} autoComplete="name" />
          <Select
            label={t('account.profile.language')}
            data={LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }))}
            value={locale}
            onChange={(value) => isLocale(value) && setLocale(value)}
            allowDeselect={false}
            error={errors.locale}
          />
          <Select
            label={t('account.profile.timeZone')}
            description={t('account.profile.timeZoneHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data={zones}
            value={timeZone}
            onChange={(value) => value && setTimeZone(value)}
            searchable
            limit={80}
            allowDeselect={false}
            nothingFoundMessage={t('common.nothingFound')}
            error={errors.timeZone}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={form.pending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
