import { FormError } from '../../components/FormError';
import { useState } from 'react';
import { Alert, Button, Checkbox, Code, CopyButton, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { GuardedModal } from '../../components/form/GuardedModal';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../app/errorText';
import { useRecordForm } from '../../components/form/useRecordForm';
import { useCreateToken } from './account.api';

export const TOKEN_MODULES = ['contacts', 'companies', 'deals', 'products', 'activities', 'reports', 'users', 'settings', 'audit'];
const EXPIRY_DAYS = ['30', '90', '365', 'never'] as const;

/** Creates a personal API token and shows its secret once. */
export function NewTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState<string | null>(null);
  function close() {
    setSecret(null);
    onClose();
  }
  return (
    <GuardedModal
      opened={opened}
      onClose={close}
      title={secret ? t('account.tokens.secretTitle') : t('account.tokens.newTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      {secret ? <SecretOnce secret={secret} onDone={close} /> : opened ? <TokenForm onCreated={setSecret} onCancel={close} /> : null}
    </GuardedModal>
  );
}

function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
        {t('account.tokens.secretOnce')}
      </Alert>
      <Group gap="xs" wrap="nowrap" align="center">
        <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} aria-label={t('account.tokens.secretLabel')}>
          {secret}
        </Code>
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'light' : 'filled'} color={copied ? 'teal' : undefined} onClick={copy} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}>
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.done')}
        </Button>
      </Group>
    </Stack>
  );
}

function TokenForm({ onCreated, onCancel }: { onCreated: (secret: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Set<string>>(new Set());
  const [expiry, setExpiry] = useState<(typeof EXPIRY_DAYS)[number]>('90');
  const createToken = useCreateToken();
  const form = useRecordForm({
    fields: ['name', 'scopes', 'expiresAt'],
    values: { name, scopes: [...scopes], expiry },
    validate: () => {
      const found: Record<string, string> = {};
      if (!name.trim()) found.name = 'required';
      if (scopes.size === 0) found.scopes = 'pick_scope';
      return found;
    },
    save: () => {
      const expiresAt = expiry === 'never' ? undefined : new Date(Date.now() + Number(expiry) * 86_400_000).toISOString();
      return createToken.mutateAsync({ name: name.trim(), scopes: [...scopes], ...(expiresAt ? { expiresAt } : {}) });
    },
    onSaved: ({ secret }) => onCreated(secret),
    fieldText: (code) => (code === 'pick_scope' ? t('account.tokens.pickScope') : fieldErrorText(t, code)),
  });
  const { errors } = form;

  function toggle(scope: string, on: boolean) {
    setScopes((current) => {
      const next = new Set(current);
      if (on) next.add(scope);
      else next.delete(scope);
      return next;
    });
    form.clearError('scopes');
  }

  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="sm">
        <FormError message={form.formError} />
        <TextInput
          label={t('account.tokens.name')}
          placeholder={t('account.tokens.namePlaceholder')}
          required
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            form.clearError('name');
          }}
          error={errors.name}
          data-autofocus
        />
        <Select
          label={t('account.tokens.expiry')}
          data={EXPIRY_DAYS.map((value) => ({ value, label: t(`account.tokens.expiryOptions.${value}`) }))}
          value={expiry}
          onChange={(value) => value && setExpiry(value as (typeof EXPIRY_DAYS)[number])}
          allowDeselect={false}
          error={errors.expiresAt}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('account.tokens.scopes')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('account.tokens.scopesHint')}
          </Text>
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing={4} withRowBorders={false} aria-label={t('account.tokens.scopes')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('roles.matrix.module')}</Table.Th>
                  <Table.Th ta="center">{t('account.tokens.read')}</Table.Th>
                  <Table.Th ta="center">{t('account.tokens.write')}</Table.Th>
                  <Table.Th ta="center">{t('account.tokens.admin')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {TOKEN_MODULES.map((module) => {
                  const moduleName = t(`roles.modules.${module}`);
                  return (
                    <Table.Tr key={module}>
                      <Table.Td>{moduleName}</Table.Td>
                      {(['read', 'write', 'admin'] as const).map((access) => (
                        <Table.Td key={access}>
                          <Checkbox
                            mx="auto"
                            w="fit-content"
                            aria-label={t(`account.tokens.${access}Of`, { module: moduleName })}
                            checked={scopes.has(`${module}:${access}`)}
                            onChange={(e) => toggle(`${module}:${access}`, e.currentTarget.checked)}
                          />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {errors.scopes ? (
            <Text size="xs" c="red" role="alert">
              {errors.scopes}
            </Text>
          ) : null}
        </Stack>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.pending}>
            {t('account.tokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
