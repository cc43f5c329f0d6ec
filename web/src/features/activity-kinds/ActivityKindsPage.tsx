import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconPencil, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiPatch, apiPost } from '../../api/client';
import { isApiError } from '../../app/api';
import { apiErrorText, fieldErrorText } from '../../app/errorText';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorState } from '../../components/ErrorState';
import { activityKeys, useActivityTypes } from '../activities/activities.api';
import { kindName } from '../activities/kindChoices';

type Kind = NonNullable<ReturnType<typeof useActivityTypes>['data']>[number];
type Names = { en: string; ru: string; bg: string };
const LANGS = ['en', 'ru', 'bg'] as const;

/** Settings → Activity kinds: the workspace's own kinds of activity (a site visit, a demo) beside the built-in ones. */
export default function ActivityKindsPage() {
  const { t } = useTranslation();
  const types = useActivityTypes();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Kind | 'new' | null>(null);
  const retire = useMutation({
    mutationFn: (kind: Kind) => apiPatch('/api/v1/activity-types/{id}', { path: { id: kind.id! }, body: { retired: !kind.retired, version: kind.version } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: activityKeys.types }),
  });
  if (types.isPending) return <ContentSkeleton />;
  if (types.isError) return <ErrorState message={apiErrorText(t, types.error)} onRetry={() => void types.refetch()} />;
  const name = (kind: Kind) => (kind.builtIn ? t(`activities.kinds.${kind.key}`, { defaultValue: kind.key }) : kindName(kind.names, kind.key));

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" maw={560}>{t('activityKinds.hint')}</Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>{t('activityKinds.add')}</Button>
      </Group>
      {retire.error ? <ErrorAlert error={retire.error} /> : null}
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={320}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activityKinds.name')}</Table.Th>
                <Table.Th>{t('activityKinds.key')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {types.data.map((kind) => (
                <Table.Tr key={kind.key} data-testid={`kind-${kind.key}`}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm" c={kind.retired ? 'dimmed' : undefined}>{name(kind)}</Text>
                      {kind.builtIn ? <Badge size="xs" variant="light" color="gray">{t('activityKinds.builtIn')}</Badge> : null}
                      {kind.retired ? <Badge size="xs" variant="light" color="orange">{t('activityKinds.retired')}</Badge> : null}
                    </Group>
                  </Table.Td>
                  <Table.Td><Text size="xs" ff="monospace" c="dimmed" style={{ wordBreak: 'break-all' }}>{kind.key}</Text></Table.Td>
                  <Table.Td>
                    {kind.builtIn ? null : (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        {/* Icons with names, so the row keeps its actions on a phone. */}
                        <Tooltip label={t('activityKinds.rename')}>
                          <ActionIcon variant="subtle" aria-label={t('activityKinds.rename')} onClick={() => setEditing(kind)}><IconPencil size={16} /></ActionIcon>
                        </Tooltip>
                        <Tooltip label={kind.retired ? t('activityKinds.restore') : t('activityKinds.retire')}>
                          <ActionIcon variant="subtle" color={kind.retired ? 'blue' : 'orange'} loading={retire.isPending && retire.variables?.key === kind.key}
                            aria-label={kind.retired ? t('activityKinds.restore') : t('activityKinds.retire')} onClick={() => retire.mutate(kind)}>
                            {kind.retired ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {editing ? <KindModal kind={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}

/** Adds a kind (a key and its name in each language) or renames one. */
function KindModal({ kind, onClose }: { kind: Kind | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [key, setKey] = useState('');
  const [names, setNames] = useState<Names>(kind?.names ?? { en: '', ru: '', bg: '' });
  const save = useMutation({
    mutationFn: () => (kind
      ? apiPatch('/api/v1/activity-types/{id}', { path: { id: kind.id! }, body: { names, version: kind.version } })
      : apiPost('/api/v1/activity-types', { body: { key, names } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: activityKeys.types });
      onClose();
    },
  });
  const fields = isApiError(save.error) ? save.error.fields : {};
  const errorOf = (field: string) => (fields[field] ? fieldErrorText(t, fields[field]!) : undefined);
  const fieldsShown = Object.keys(fields).some((f) => f === 'key' || f.startsWith('names'));
  return (
    <Modal opened onClose={onClose} title={kind ? t('activityKinds.renameTitle') : t('activityKinds.addTitle')}>
      <form onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
        <Stack gap="sm">
          {kind ? null : (
            <TextInput label={t('activityKinds.key')} description={t('activityKinds.keyHint')} required value={key}
              onChange={(e) => setKey(e.currentTarget.value)} error={errorOf('key')} />
          )}
          {LANGS.map((lang) => (
            <TextInput key={lang} label={t(`activityKinds.nameIn.${lang}`)} required value={names[lang]}
              onChange={(e) => { const value = e.currentTarget.value; setNames((n) => ({ ...n, [lang]: value })); }} error={errorOf(`names.${lang}`)} />
          ))}
          {save.error && !fieldsShown ? <ErrorAlert error={save.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
