import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Group, Modal, Select, Stack, TextInput, Tooltip } from '@mantine/core';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRecordForm } from '../../components/form/useRecordForm';
import { useCurrentUser } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import type { SavedViewDefinition } from './listQuery';
import { useCreateSavedView, useDeleteSavedView, useSavedViews, type SavedView } from './savedViews.api';

interface SavedViewsControlProps {
  entity: string;
  activeId: string | null;
  onApply: (view: SavedView | null) => void;
  /** The current list as a view definition, for "Save view". */
  current: () => SavedViewDefinition;
}

/** A choice of saved views (mine and shared), saving the current list as a new one, and deleting one. */
export function SavedViewsControl({ entity, activeId, onApply, current }: SavedViewsControlProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const createSavedView = useCreateSavedView(entity);
  const deleteSavedView = useDeleteSavedView(entity);
  const views = useSavedViews(entity);
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<SavedView | null>(null);
  const items = views.data ?? [];
  const active = items.find((view) => view.id === activeId) ?? null;
  const canDelete = (view: SavedView) => view.abilities?.delete ?? view.owner?.id === me.id;

  return (
    <Group gap={4} wrap="nowrap" style={{ flex: '1 1 auto', minWidth: 0 }}>
      <Select
        aria-label={t('clients.views.label')}
        placeholder={t('clients.views.placeholder')}
        data={items.map((view) => ({ value: view.id, label: view.shared ? `${view.name} · ${t('clients.views.sharedMark')}` : view.name }))}
        value={activeId}
        onChange={(id) => onApply(items.find((view) => view.id === id) ?? null)}
        clearable
        nothingFoundMessage={t('clients.views.none')}
        w={{ base: '100%', sm: 200 }}
        style={{ flex: '1 1 auto', minWidth: 0 }}
        data-testid="saved-views"
      />
      <Tooltip label={t('clients.views.save')}>
        <ActionIcon variant="default" size="input-sm" onClick={() => setSaving(true)} aria-label={t('clients.views.save')} data-testid="save-view">
          <IconDeviceFloppy size={18} />
        </ActionIcon>
      </Tooltip>
      {active && canDelete(active) ? (
        <Tooltip label={t('clients.views.delete')}>
          <ActionIcon variant="default" size="input-sm" onClick={() => setDeleting(active)} aria-label={t('clients.views.delete')}>
            <IconTrash size={18} />
          </ActionIcon>
        </Tooltip>
      ) : null}
      <Modal opened={saving} onClose={() => setSaving(false)} title={t('clients.views.saveTitle')} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
        {saving ? (
          <SaveViewForm
            onCancel={() => setSaving(false)}
            onSave={async (name, shared) => {
              const view = await createSavedView.mutateAsync({ entity, name, shared, definition: current() });
              setSaving(false);
              onApply(view);
            }}
          />
        ) : null}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('clients.views.deleteTitle')}
        confirmLabel={t('common.delete')}
        color="red"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await deleteSavedView.mutateAsync(deleting);
          onApply(null);
        }}
      >
        {t('clients.views.deleteText', { name: deleting?.name ?? '' })}
      </ConfirmDialog>
    </Group>
  );
}

function SaveViewForm({ onCancel, onSave }: { onCancel: () => void; onSave: (name: string, shared: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const form = useRecordForm({
    fields: ['name'],
    values: { name, shared },
    validate: (): Record<string, string> => (name.trim() ? {} : { name: 'required' }),
    save: () => onSave(name.trim(), shared),
  });

  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="sm">
        <FormError message={form.formError} />
        <TextInput
          label={t('clients.views.name')}
          required
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            form.clearError('name');
          }}
          error={form.errors.name}
          data-autofocus
          maxLength={100}
        />
        <Checkbox label={t('clients.views.shared')} description={t('clients.views.sharedHint')} checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.pending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
