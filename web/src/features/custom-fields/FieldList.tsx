import { useState } from 'react';
import { Box, Paper, Stack } from '@mantine/core';
import { IconForms } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorState } from '../../components/ErrorState';
import { useReorderCustomFields, useSetCustomFieldRetired, useCustomFields, type CustomField, type CustomFieldEntity } from './customFields.api';
import { FieldRow } from './FieldRow';

interface FieldListProps {
  entity: CustomFieldEntity;
  onEdit: (field: CustomField) => void;
}

/** The entity's fields in their order, retired ones greyed, with moving and retiring in place. */
export function FieldList({ entity, onEdit }: FieldListProps) {
  const { t } = useTranslation();
  const reorder = useReorderCustomFields(entity);
  const setRetired = useSetCustomFieldRetired(entity);
  const fields = useCustomFields(entity, true);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  function move(index: number, direction: -1 | 1) {
    const ids = (fields.data ?? []).map((f) => f.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + direction, 0, id!);
    void run(() => reorder.mutateAsync(ids));
  }

  if (fields.isPending) return <ContentSkeleton />;
  if (fields.isError) return <ErrorState message={apiErrorText(t, fields.error)} onRetry={() => void fields.refetch()} />;
  const items = fields.data;
  return (
    <Stack gap="sm">
      {failure ? <ErrorAlert error={failure} /> : null}
      <Paper withBorder radius="md">
        {items.length === 0 ? (
          <EmptyState order={3} icon={<IconForms size={32} />} title={t('customFields.list.empty')}>
            {t('customFields.list.emptyText')}
          </EmptyState>
        ) : (
          <Box component="ul" aria-label={t(`customFields.entities.${entity}`)} m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((field, index) => (
              <Box component="li" key={field.id} style={{ borderTop: index === 0 ? undefined : '1px solid var(--mantine-color-default-border)' }}>
                <FieldRow
                  field={field}
                  first={index === 0}
                  last={index === items.length - 1}
                  busy={busy}
                  onMove={(direction) => move(index, direction)}
                  onEdit={() => onEdit(field)}
                  onRetire={(retired) => void run(() => setRetired.mutateAsync({ field, retired }))}
                />
              </Box>
            ))}
          </Box>
        )}
      </Paper>
    </Stack>
  );
}
