import { useState } from 'react';
import { Button, Divider, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/errorText';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorState } from '../../components/ErrorState';
import { SettingsPage } from '../settings/SettingsPage';
import { NextStepSetting } from '../activities/NextStepSetting';
import { LostReasons } from './LostReasons';
import { NameModal } from './NameModal';
import { PipelinePanel } from './PipelinePanel';
import { usePipelines, useSavePipeline } from './pipelines.api';

/** Settings → Sales: the pipelines with their stages (one tab each), and the lost reasons. */
export default function SalesSettingsPage() {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const save = useSavePipeline();
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const items = pipelines.data?.items ?? [];
  const current = items.find((p) => p.id === chosen) ?? items[0] ?? null;

  return (
    <SettingsPage
      title={t('pipelines.title')}
      description={t('pipelines.description')}
      actions={
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('pipelines.pipeline.add')}
        </Button>
      }
    >
      {pipelines.isPending ? (
        <ContentSkeleton />
      ) : pipelines.isError ? (
        <ErrorState message={apiErrorText(t, pipelines.error)} onRetry={() => void pipelines.refetch()} />
      ) : (
        <Tabs value={current?.id ?? null} onChange={setChosen} keepMounted={false}>
          <Tabs.List mb="md" aria-label={t('pipelines.listLabel')}>
            {items.map((p) => (
              <Tabs.Tab key={p.id} value={p.id}>
                {p.name}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {items.map((p) => (
            <Tabs.Panel key={p.id} value={p.id}>
              <PipelinePanel pipeline={p} all={items} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
      <Divider my="sm" />
      <LostReasons />
      <NextStepSetting />
      <NameModal
        opened={creating}
        title={t('pipelines.pipeline.createTitle')}
        label={t('pipelines.pipeline.name')}
        submitLabel={t('pipelines.pipeline.create')}
        initial=""
        onClose={() => setCreating(false)}
        onSave={async (name) => setChosen((await save.mutateAsync({ name })).id)}
      />
    </SettingsPage>
  );
}
