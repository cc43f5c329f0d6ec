import { MultiSelect, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePipelines } from './pipelines.api';

interface PipelineRightsFieldProps {
  /** The pipelines the role's deal rights reach; null: every pipeline. */
  value: string[] | null;
  onChange?: (value: string[] | null) => void;
  error?: string;
}

/**
 * The role editor's "deals in these pipelines": every pipeline, or only some (a production team
 * sees only "Production"). Without `onChange` it only shows (the Administrator reaches them all).
 */
export function PipelineRightsField({ value, onChange, error }: PipelineRightsFieldProps) {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const known = pipelines.data?.items ?? [];
  const data = [
    ...known.map((p) => ({ value: p.id, label: p.name })),
    // A pipeline retired since keeps its place in the role until someone takes it out.
    ...(value ?? []).filter((id) => !known.some((p) => p.id === id)).map((id) => ({ value: id, label: t('pipelines.rights.retired') })),
  ];
  const all = value === null;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {t('pipelines.rights.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('pipelines.rights.hint')}
          </Text>
        </Stack>
        <Switch
          label={t('pipelines.rights.all')}
          checked={all}
          disabled={!onChange}
          onChange={(e) => onChange?.(e.currentTarget.checked ? null : [])}
        />
        {all ? null : (
          <MultiSelect
            label={t('pipelines.rights.some')}
            placeholder={t('pipelines.rights.placeholder')}
            data={data}
            value={value ?? []}
            onChange={(ids) => onChange?.(ids)}
            disabled={!onChange || pipelines.isPending}
            error={error ?? (pipelines.isError ? t('pipelines.rights.unavailable') : undefined)}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            maw={520}
          />
        )}
      </Stack>
    </Paper>
  );
}
