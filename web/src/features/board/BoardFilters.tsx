import { useTranslation } from 'react-i18next';
import { Button, Group, Select, Switch, TagsInput, TextInput } from '@mantine/core';
import { useCurrentUser } from '../../app/session';
import { useAllUsers } from '../users/users.api';
import type { BoardFilters as Filters } from './board.api';

/** Owner, "my deals", tags, created and expected-close dates, rotting, no next step. */
export function BoardFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const users = useAllUsers();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  const mine = value.ownerId === 'me';
  const active = Object.values(value).some((v) => v !== undefined && v !== '' && v !== false);
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Switch label={t('board.myDeals')} checked={mine} onChange={(e) => set({ ownerId: e.currentTarget.checked ? 'me' : undefined })} />
      <Select
        size="xs"
        label={t('board.owner')}
        placeholder={t('board.anyOwner')}
        clearable
        searchable
        disabled={mine}
        w={170}
        data={(users.data ?? []).map((u) => ({ value: u.id, label: u.id === me.id ? t('board.me', { name: u.name }) : u.name }))}
        value={mine ? null : value.ownerId ?? null}
        onChange={(v) => set({ ownerId: v ?? undefined })}
      />
      <TagsInput size="xs" label={t('board.tags')} w={180} value={value.tag ? value.tag.split(',') : []} onChange={(tags) => set({ tag: tags.join(',') || undefined })} />
      <TextInput size="xs" type="date" label={t('board.createdFrom')} value={value.createdFrom ?? ''} onChange={(e) => set({ createdFrom: e.currentTarget.value || undefined })} />
      <TextInput size="xs" type="date" label={t('board.createdTo')} value={value.createdTo ?? ''} onChange={(e) => set({ createdTo: e.currentTarget.value || undefined })} />
      <TextInput size="xs" type="date" label={t('board.closeFrom')} value={value.closeFrom ?? ''} onChange={(e) => set({ closeFrom: e.currentTarget.value || undefined })} />
      <TextInput size="xs" type="date" label={t('board.closeTo')} value={value.closeTo ?? ''} onChange={(e) => set({ closeTo: e.currentTarget.value || undefined })} />
      <Switch label={t('board.rottingOnly')} checked={Boolean(value.rotting)} onChange={(e) => set({ rotting: e.currentTarget.checked || undefined })} />
      <Switch label={t('activities.noNextStepOnly')} checked={Boolean(value.noNextStep)} onChange={(e) => set({ noNextStep: e.currentTarget.checked || undefined })} data-testid="board-no-next-step" />
      {active && <Button size="compact-xs" variant="subtle" onClick={() => onChange({})}>{t('board.clearFilters')}</Button>}
    </Group>
  );
}
