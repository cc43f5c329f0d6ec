import { useMemo, useState } from 'react';
import { Button, Divider, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { FormError } from '../../components/FormError';
import { useRecordForm } from '../../components/form/useRecordForm';
import { apiErrorText } from '../../app/errorText';
import { CombinedValues } from './CombinedValues';
import { cardPath, useMergeCandidates, useMergeCustomLabels, useMergeRecords, type ClientEntity } from './duplicates.api';
import { FieldChoice } from './FieldChoice';
import { mergeErrorText } from './mergeErrors';
import { defaultWinner, differingFields, mergeFields } from './mergeFields';
import { showMergeNotice } from './mergeNotice';
import { recordTitle, type MergeableRecord } from './mergeRecord';
import { SurvivorPicker } from './SurvivorPicker';

interface MergeFormProps {
  entity: ClientEntity;
  recordIds: string[];
  onClose: () => void;
  onMerged?: (survivorId: string) => void;
  /** Stay on the current screen after the merge instead of opening the kept record's card. */
  stay?: boolean;
}

/** Custom field names by key; without the right to read definitions the keys themselves are shown. */
function useCustomLabels(entity: ClientEntity): Record<string, string> {
  const definitions = useMergeCustomLabels(entity);
  return useMemo(() => Object.fromEntries((definitions.data ?? []).map((field) => [field.key, field.label])), [definitions.data]);
}

/** The oldest record is usually the one others point to, so it is kept unless the user picks another. */
function oldest(records: MergeableRecord[]): string {
  return [...records].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]?.id ?? '';
}

/** Pick the record to keep and, per differing field, whose value wins; saved through the one form hook. */
export function MergeForm({ entity, recordIds, onClose, onMerged, stay = false }: MergeFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mergeRecords = useMergeRecords();
  const results = useMergeCandidates(entity, recordIds);
  const customLabels = useCustomLabels(entity);
  const [survivorChoice, setSurvivorChoice] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});

  const failed = results.find((result) => result.isError);
  const records = results.flatMap((result) => (result.data ? [result.data] : []));
  const loaded = records.length === recordIds.length;
  const survivorId = survivorChoice ?? oldest(records);
  const survivor = records.find((record) => record.id === survivorId) ?? records[0];
  const fields = loaded ? differingFields(mergeFields(t, entity, records, customLabels), records) : [];
  const winners = Object.fromEntries(fields.map((field) => [field.key, choices[field.key] ?? defaultWinner(field, records, survivorId)]));

  const form = useRecordForm({
    fields: [],
    values: { survivorId: survivorChoice, choices },
    // Choosing whose values win is not typing: leaving the dialog loses nothing worth a question.
    guard: false,
    save: () =>
      mergeRecords.mutateAsync({
        entity,
        survivorId,
        mergedIds: records.filter((record) => record.id !== survivorId).map((record) => record.id),
        fields: winners,
      }),
    onSaved: (merge) => {
      showMergeNotice({ kind: 'merged', mergeId: merge.id, entity, title: survivor ? recordTitle(survivor) : '', count: records.length - 1 });
      onMerged?.(merge.survivorId);
      onClose();
      if (!stay) navigate(cardPath(entity, merge.survivorId));
    },
    // The dialog has no inputs to put a field's error under: the merge's own wording says it all.
    fieldCodes: () => ({}),
    formText: (failure) => mergeErrorText(t, failure),
  });

  if (failed) {
    return (
      <ErrorState
        message={apiErrorText(t, failed.error)}
        onRetry={() => results.forEach((result) => (result.isError ? void result.refetch() : undefined))}
      />
    );
  }
  if (!loaded) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={90} radius="md" />
        {[0, 1, 2, 3].map((row) => (
          <Skeleton key={row} height={44} radius="md" />
        ))}
      </Stack>
    );
  }

  if (!survivor) return null;
  const uneditable = records.filter((record) => record.abilities && !record.abilities.edit);
  const pending = form.pending;

  return (
    <Stack gap="lg">
      <FormError message={form.formError} />
      <SurvivorPicker records={records} value={survivorId} onChange={setSurvivorChoice} />
      <Divider />
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('merge.noDifferences')}
        </Text>
      ) : (
        <Stack gap="md">
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {t('merge.fieldsTitle')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('merge.fieldsHint')}
            </Text>
          </Stack>
          {fields.map((field) => (
            <FieldChoice
              key={field.key}
              field={field}
              records={records}
              value={winners[field.key]!}
              onChange={(recordId) => setChoices((current) => ({ ...current, [field.key]: recordId }))}
            />
          ))}
        </Stack>
      )}
      <Divider />
      <CombinedValues entity={entity} records={records} />
      {uneditable.length > 0 ? <FormError message={t('merge.errors.forbidden')} /> : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={pending}>
          {t('common.cancel')}
        </Button>
        <Button
          leftSection={<IconGitMerge size={16} />}
          loading={pending}
          disabled={uneditable.length > 0}
          onClick={() => void form.submit()}
          data-testid="merge-submit"
          maw="100%"
        >
          {t('merge.submit', { title: recordTitle(survivor) })}
        </Button>
      </Group>
    </Stack>
  );
}
