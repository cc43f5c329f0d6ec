import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { FormError } from '../../components/FormError';
import { useAllUsers } from '../users/users.api';
import { useShare, useShares, useUnshare } from './sharing.api';

type Level = 'view' | 'edit';

/**
 * "Shared with" on a contact, company or deal card (decision 0027): the colleagues it is shared with
 * as observers or co-owners, and, for those who may edit the record, adding and removing them.
 */
export default function SharedWith({ entityType, recordId }: { entityType: string; recordId: string }) {
  const { t } = useTranslation();
  const shares = useShares(entityType, recordId);
  const share = useShare(entityType, recordId);
  const unshare = useUnshare(entityType, recordId);
  const [userId, setUserId] = useState<string | null>(null);
  const [level, setLevel] = useState<Level>('view');
  const canManage = shares.data?.canManage === true;
  const users = useAllUsers(canManage);
  // No right to see the record's shares: the panel stays away rather than showing an error.
  if (shares.isError || !shares.data) return null;
  const items = shares.data.items;
  const taken = new Set(items.map((s) => s.user.id));
  const options = (users.data ?? []).filter((u) => u.isActive && !taken.has(u.id)).map((u) => ({ value: u.id, label: u.name }));
  const error = share.error ?? unshare.error;

  async function add() {
    if (!userId) return;
    await share.mutateAsync({ userId, level });
    setUserId(null);
  }

  return (
    <Paper withBorder radius="md" p="md" data-testid="shared-with">
      <Title order={2} size="h5" mb="sm">
        {t('sharing.title')}
      </Title>
      <Stack gap={6}>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sharing.empty')}
          </Text>
        ) : (
          items.map((s) => (
            <Group key={s.user.id} gap="xs" justify="space-between" wrap="nowrap">
              <Group gap={6} wrap="nowrap">
                <Text size="sm">{s.user.name}</Text>
                <Badge size="sm" variant="light" color={s.level === 'edit' ? 'blue' : 'gray'}>
                  {t(`sharing.levels.${s.level}`)}
                </Badge>
                {s.user.active ? null : (
                  <Text span size="xs" c="dimmed">
                    {t('sharing.inactive')}
                  </Text>
                )}
              </Group>
              {canManage ? (
                <ActionIcon variant="subtle" color="gray" aria-label={t('sharing.remove', { name: s.user.name })} onClick={() => unshare.mutate(s.user.id)}>
                  <IconX size={14} />
                </ActionIcon>
              ) : null}
            </Group>
          ))
        )}
        {canManage ? (
          <Group gap="xs" align="flex-end" wrap="wrap" mt="xs">
            <Select label={t('sharing.user')} data={options} value={userId} onChange={setUserId} searchable size="xs" w={200} nothingFoundMessage={t('common.nothingFound')} />
            <Select
              label={t('sharing.level')}
              data={(['view', 'edit'] as const).map((l) => ({ value: l, label: t(`sharing.levels.${l}`) }))}
              value={level}
              onChange={(v) => setLevel((v as Level | null) ?? 'view')}
              allowDeselect={false}
              size="xs"
              w={200}
            />
            <Button size="xs" onClick={() => void add()} loading={share.isPending} disabled={!userId}>
              {t('sharing.add')}
            </Button>
          </Group>
        ) : null}
        {error ? <FormError message={apiErrorText(t, error)} /> : null}
      </Stack>
    </Paper>
  );
}
