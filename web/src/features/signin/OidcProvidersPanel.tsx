import { useState } from 'react';
import { Badge, Button, Code, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { OidcProviderModal } from './OidcProviderModal';
import { useDeleteProvider, useOidcProviders, useUpdateProvider, type OidcProvider } from './signin.api';

/** Settings → Security → OpenID providers: sign-in with Google Workspace, Microsoft Entra, Keycloak… */
export function OidcProvidersPanel() {
  const { t } = useTranslation();
  const providers = useOidcProviders();
  const update = useUpdateProvider();
  const remove = useDeleteProvider();
  const [editing, setEditing] = useState<OidcProvider | 'new' | null>(null);
  const [removing, setRemoving] = useState<OidcProvider | null>(null);

  if (providers.isPending) return <ContentSkeleton />;
  if (providers.isError) return <ErrorState message={apiErrorText(t, providers.error)} onRetry={() => void providers.refetch()} />;
  const { items, redirectUri } = providers.data;

  return (
    <Stack gap="md" maw={720}>
      <Text size="sm" c="dimmed">{t('signin.providers.hint')}</Text>
      <Text size="sm">
        {t('signin.providers.redirectUri')} <Code>{redirectUri}</Code>
      </Text>
      <Group>
        <Button onClick={() => setEditing('new')}>{t('signin.providers.add')}</Button>
      </Group>
      {items.length === 0 ? (
        <EmptyState order={3} icon={<IconKey size={32} />} title={t('signin.providers.empty')} />
      ) : (
        <Paper withBorder radius="md">
          <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('signin.providers.title')}>
            {items.map((p, index) => (
              <Group component="li" key={p.id} justify="space-between" wrap="wrap" gap="sm" p="md" style={{ borderTop: index === 0 ? undefined : '1px solid var(--mantine-color-default-border)' }}>
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap={6}>
                    <Text fw={500}>{p.name}</Text>
                    {p.enabled ? null : <Badge size="sm" color="gray" variant="light">{t('signin.providers.disabled')}</Badge>}
                    {p.trustedMfa ? <Badge size="sm" variant="light">{t('signin.providers.trustedMfaBadge')}</Badge> : null}
                  </Group>
                  <Text size="xs" c="dimmed">{[p.issuer, p.allowedDomains.join(', ')].filter(Boolean).join(' · ')}</Text>
                </Stack>
                <Group gap="xs">
                  <Switch
                    label={t('signin.providers.enabled')}
                    checked={p.enabled}
                    onChange={(e) => update.mutate({ id: p.id, body: { enabled: e.currentTarget.checked, version: p.version } })}
                  />
                  <Button size="xs" variant="light" onClick={() => setEditing(p)}>{t('signin.providers.edit')}</Button>
                  <Button size="xs" variant="light" color="red" onClick={() => setRemoving(p)}>{t('signin.providers.remove')}</Button>
                </Group>
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
      <OidcProviderModal provider={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={removing !== null}
        title={t('signin.providers.removeTitle')}
        confirmLabel={t('signin.providers.remove')}
        color="red"
        onClose={() => setRemoving(null)}
        onConfirm={() => remove.mutateAsync(removing!.id)}
      >
        {t('signin.providers.removeText', { name: removing?.name ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}
