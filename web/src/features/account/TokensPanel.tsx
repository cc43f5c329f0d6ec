import { useState } from 'react';
import { Badge, Button, Code, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconKey, IconPlus } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { useCurrentUser } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime, formatShortDate } from '../../i18n/format';
import { useRevokeToken, useTokens, type ApiToken } from './account.api';
import { NewTokenModal } from './NewTokenModal';

type TokenStatus = 'active' | 'expired' | 'revoked';
const STATUS_COLOR: Record<TokenStatus, string> = { active: 'green', expired: 'gray', revoked: 'red' };

function tokenStatus(token: ApiToken): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= Date.now()) return 'expired';
  return 'active';
}

/** `contacts:read`, `contacts:write` → "Contacts (read, write)". */
function scopesText(t: TFunction, scopes: string[]): string {
  const byModule = new Map<string, string[]>();
  for (const scope of scopes) {
    const [module = scope, access = ''] = scope.split(':');
    byModule.set(module, [...(byModule.get(module) ?? []), t(`account.tokens.${access}`, { defaultValue: access }).toLocaleLowerCase()]);
  }
  return [...byModule].map(([module, access]) => `${t(`roles.modules.${module}`, { defaultValue: module })} (${access.join(', ')})`).join('; ');
}

/** Personal API tokens for integrations: what each may do, until when, and when it was last used. */
export function TokensPanel() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const revokeToken = useRevokeToken();
  const tokens = useTokens();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  async function revoke(token: ApiToken) {
    await revokeToken.mutateAsync(token.id);
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" style={{ flex: '1 1 280px' }}>
          {t('account.tokens.hint')}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('account.tokens.add')}
        </Button>
      </Group>
      <Paper withBorder radius="md">
        {tokens.isPending ? (
          <ContentSkeleton />
        ) : tokens.isError ? (
          <ErrorState message={apiErrorText(t, tokens.error)} onRetry={() => void tokens.refetch()} />
        ) : tokens.data.length === 0 ? (
          <EmptyState order={3} icon={<IconKey size={32} />} title={t('account.tokens.empty')}>
            {t('account.tokens.emptyText')}
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" aria-label={t('account.tabs.tokens')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('account.tokens.name')}</Table.Th>
                  <Table.Th>{t('account.tokens.scopes')}</Table.Th>
                  <Table.Th>{t('account.tokens.expires')}</Table.Th>
                  <Table.Th>{t('account.tokens.lastUsed')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.map((token) => {
                  const status = tokenStatus(token);
                  return (
                    <Table.Tr key={token.id}>
                      <Table.Td>
                        <Group gap={6}>
                          <Text size="sm" fw={500}>
                            {token.name}
                          </Text>
                          <Badge size="xs" variant="light" color={STATUS_COLOR[status]}>
                            {t(`account.tokens.status.${status}`)}
                          </Badge>
                        </Group>
                        <Code fz="xs">{token.prefix}…</Code>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs">{scopesText(t, token.scopes)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{token.expiresAt ? formatShortDate(token.expiresAt, me.timeZone) : t('account.tokens.never')}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={token.lastUsedAt ? undefined : 'dimmed'}>
                          {token.lastUsedAt ? formatDateTime(token.lastUsedAt, me.timeZone) : t('account.tokens.notUsed')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {status === 'active' ? (
                          <Button size="xs" variant="light" color="red" onClick={() => setRevoking(token)} aria-label={t('account.tokens.revokeNamed', { name: token.name })}>
                            {t('account.tokens.revoke')}
                          </Button>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <NewTokenModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('account.tokens.revokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('account.tokens.revoke')}
        color="red"
        onClose={() => setRevoking(null)}
        onConfirm={() => revoke(revoking!)}
      >
        {t('account.tokens.revokeText')}
      </ConfirmDialog>
    </Stack>
  );
}
