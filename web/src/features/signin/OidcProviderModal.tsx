import { useState } from 'react';
import { Alert, Button, Group, PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { GuardedModal } from '../../components/form/GuardedModal';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRecordForm } from '../../components/form/useRecordForm';
import { useRoles } from '../roles/roles.api';
import { useCreateProvider, useUpdateProvider, type OidcProvider } from './signin.api';

interface Values {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string;
  autoCreateUsers: boolean;
  defaultRole: string | null;
  trustedMfa: boolean;
}

const EMPTY: Values = { name: '', issuer: '', clientId: '', clientSecret: '', allowedDomains: '', autoCreateUsers: false, defaultRole: null, trustedMfa: false };

function toValues(p: OidcProvider | null): Values {
  if (!p) return EMPTY;
  return { name: p.name, issuer: p.issuer, clientId: p.clientId, clientSecret: '', allowedDomains: p.allowedDomains.join(', '), autoCreateUsers: p.autoCreateUsers, defaultRole: p.defaultRole, trustedMfa: p.trustedMfa };
}

/** Adds or edits an OpenID provider; the stored secret is never shown, and left empty it stays. */
export function OidcProviderModal({ provider, opened, onClose }: { provider: OidcProvider | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened={opened} onClose={onClose} title={provider ? t('signin.providers.editTitle') : t('signin.providers.addTitle')} size="lg">
      {opened ? <ProviderForm key={provider?.id ?? 'new'} provider={provider} onDone={onClose} /> : null}
    </GuardedModal>
  );
}

function ProviderForm({ provider, onDone }: { provider: OidcProvider | null; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateProvider();
  const update = useUpdateProvider();
  const roles = useRoles();
  const [values, setValues] = useState<Values>(() => toValues(provider));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const domains = values.allowedDomains.split(/[\s,]+/).map((d) => d.trim()).filter(Boolean);

  const form = useRecordForm({
    fields: ['name', 'issuer', 'clientId', 'clientSecret', 'allowedDomains', 'defaultRole'],
    values,
    validate: () => {
      const errors: Record<string, string> = {};
      if (!values.name.trim()) errors.name = 'required';
      if (!values.issuer.trim()) errors.issuer = 'required';
      if (!values.clientId.trim()) errors.clientId = 'required';
      if (!provider && !values.clientSecret) errors.clientSecret = 'required';
      if (values.autoCreateUsers && !values.defaultRole) errors.defaultRole = 'required';
      return errors;
    },
    save: () => {
      const body = {
        name: values.name.trim(), issuer: values.issuer.trim(), clientId: values.clientId.trim(), allowedDomains: domains,
        autoCreateUsers: values.autoCreateUsers, defaultRole: values.defaultRole, trustedMfa: values.trustedMfa,
      };
      if (provider) return update.mutateAsync({ id: provider.id, body: { ...body, ...(values.clientSecret ? { clientSecret: values.clientSecret } : {}), version: provider.version } });
      return create.mutateAsync({ ...body, clientSecret: values.clientSecret, enabled: true });
    },
    onSaved: onDone,
    guard: false,
  });
  const { errors } = form;

  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="sm">
        {form.formError ? <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">{form.formError}</Alert> : null}
        <TextInput label={t('signin.providers.name')} description={t('signin.providers.nameHint')} required value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} />
        <TextInput label={t('signin.providers.issuer')} description={t('signin.providers.issuerHint')} placeholder="https://accounts.google.com" required value={values.issuer} onChange={(e) => set('issuer', e.currentTarget.value)} error={errors.issuer} />
        <TextInput label={t('signin.providers.clientId')} required value={values.clientId} onChange={(e) => set('clientId', e.currentTarget.value)} error={errors.clientId} />
        <PasswordInput
          label={t('signin.providers.clientSecret')}
          description={provider ? t('signin.providers.clientSecretKeep') : undefined}
          required={!provider}
          autoComplete="new-password"
          value={values.clientSecret}
          onChange={(e) => set('clientSecret', e.currentTarget.value)}
          error={errors.clientSecret}
        />
        <TextInput label={t('signin.providers.allowedDomains')} description={t('signin.providers.allowedDomainsHint')} placeholder="example.com" value={values.allowedDomains} onChange={(e) => set('allowedDomains', e.currentTarget.value)} error={errors.allowedDomains} />
        <Switch label={t('signin.providers.autoCreateUsers')} description={t('signin.providers.autoCreateUsersHint')} checked={values.autoCreateUsers} onChange={(e) => set('autoCreateUsers', e.currentTarget.checked)} />
        {values.autoCreateUsers ? (
          <Select
            label={t('signin.providers.defaultRole')}
            data={(roles.data?.items ?? []).map((r) => ({ value: r.key, label: r.name }))}
            value={values.defaultRole}
            onChange={(v) => set('defaultRole', v)}
            error={errors.defaultRole}
            required
          />
        ) : null}
        <Switch label={t('signin.providers.trustedMfa')} description={t('signin.providers.trustedMfaHint')} checked={values.trustedMfa} onChange={(e) => set('trustedMfa', e.currentTarget.checked)} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={form.pending}>{t('signin.providers.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
