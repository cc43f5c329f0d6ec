import { useMemo, useState } from 'react';
import { Button, Divider, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { FormError } from '../../components/FormError';
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

export function MergeForm({ entity, recordIds, onClose, onMerged }: MergeFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mergeRecords = useMergeRecords();
  const results = useMergeCandidates(entity, recordIds);
  const customLabels = useCustomLabels(entity);
  const [survivorChoice, setSurvivorChoice] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const failed = results.find((result) => result.isError);
  const records = results.flatMap((result) => (result.data ? [result.data] : []));
  const loaded = records.length === recordIds.length;

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

  const survivorId = survivorChoice ?? oldest(records);
  const survivor = records.find((record) => record.id === survivorId) ?? records[0];
  if (!survivor) return null;
  const fields = differingFields(mergeFields(t, entity, records, customLabels), records);
  const winners = Object.fromEntries(fields.map((field) => [field.key, choices[field.key] ?? defaultWinner(field, records, survivorId)]));
  const uneditable = records.filter((record) => record.abilities && !record.abilities.edit);

  const submit = async () => {
    setPending(true);
    setError(null);
    try {
      const merge = await mergeRecords.mutateAsync({
        entity,
        survivorId,
        mergedIds: records.filter((record) => record.id !== survivorId).map((record) => record.id),
        fields: winners,
      });
      showMergeNotice({ kind: 'merged', mergeId: merge.id, entity, title: recordTitle(survivor), count: records.length - 1 });
      onMerged?.(merge.survivorId);
      onClose();
      navigate(cardPath(entity, merge.survivorId));
    } catch (failure) {
      setError(mergeErrorText(t, failure));
      setPending(false);
    }
  };

  return (
    <Stack gap="lg">
      <FormError message={error} />
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
          onClick={() => void submit()}
          data-testid="merge-submit"
          maw="100%"
        >
          {t('merge.submit', { title: recordTitle(survivor) })}
        </Button>
      </Group>
    </Stack>
  );
}
