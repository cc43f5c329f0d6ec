import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArchive, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DragList } from './DragList';
import { NameModal } from './NameModal';
import { moveItem, useReorderStages, useRetirePipeline, useRetireStage, useSavePipeline, type Pipeline, type Stage } from './pipelines.api';
import { RetireDialog } from './RetireDialog';
import { StageModal, type StageModalState } from './StageModal';
import { StageRow } from './StageRow';
import { useSalesAction } from './useSalesAction';

interface PipelinePanelProps {
  pipeline: Pipeline;
  all: Pipeline[];
}

/** One pipeline in settings: rename or retire it, and its stages in order with everything done to them. */
export function PipelinePanel({ pipeline, all }: PipelinePanelProps) {
  const { t } = useTranslation();
  const action = useSalesAction();
  const reorder = useReorderStages();
  const retireStage = useRetireStage();
  const retirePipeline = useRetirePipeline();
  const savePipeline = useSavePipeline();
  const [stageModal, setStageModal] = useState<StageModalState>(null);
  const [retiring, setRetiring] = useState<Stage | null>(null);
  const [retiringPipeline, setRetiringPipeline] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const stages = pipeline.stages;

  function move(from: number, to: number) {
    const ids = moveItem(stages, from, to).map((s) => s.id);
    void action.run(() => reorder.mutateAsync({ pipelineId: pipeline.id, ids, version: pipeline.version }));
  }

  const sameTargets = (except: Stage) => stages.filter((s) => s.id !== except.id).map((s) => ({ value: s.id, label: s.name }));
  const otherTargets = all
    .filter((p) => p.id !== pipeline.id)
    .map((p) => ({ group: p.name, items: p.stages.map((s) => ({ value: s.id, label: `${s.name} (${p.name})` })) }));

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {t('pipelines.stages.hint')}
        </Text>
        <Group gap="xs">
          <Button variant="default" size="xs" leftSection={<IconPencil size={14} />} onClick={() => setRenaming(true)}>
            {t('pipelines.pipeline.rename')}
          </Button>
          <Button variant="light" color="red" size="xs" leftSection={<IconArchive size={14} />} onClick={() => setRetiringPipeline(true)}>
            {t('pipelines.pipeline.retire')}
          </Button>
        </Group>
      </Group>
      {action.stale ? (
        <Alert color="orange" role="alert" withCloseButton onClose={action.dismiss} closeButtonLabel={t('common.close')}>
          {t('pipelines.staleRefreshed')}
        </Alert>
      ) : null}
      {action.failure ? <ErrorAlert error={action.failure} /> : null}
      <Paper withBorder radius="md">
        <DragList items={stages} label={t('pipelines.stages.label', { name: pipeline.name })} keyOf={(s) => s.id} enabled={!action.busy} onMove={move}>
          {(stage, index) => (
            <StageRow
              stage={stage}
              first={index === 0}
              last={index === stages.length - 1}
              busy={action.busy}
              onMove={(direction) => move(index, index + direction)}
              onEdit={() => setStageModal({ mode: 'edit', pipeline, stage })}
              onRetire={() => setRetiring(stage)}
            />
          )}
        </DragList>
      </Paper>
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setStageModal({ mode: 'create', pipeline })}>
          {t('pipelines.stage.add')}
        </Button>
      </Group>
      <StageModal state={stageModal} onClose={() => setStageModal(null)} />
      <RetireDialog
        opened={retiring !== null}
        title={t('pipelines.stage.retireTitle', { name: retiring?.name ?? '' })}
        text={t('pipelines.stage.retireText')}
        targets={retiring ? sameTargets(retiring) : []}
        onClose={() => setRetiring(null)}
        onConfirm={(moveToStageId) => retireStage.mutateAsync({ id: retiring!.id, version: retiring!.version, ...(moveToStageId ? { moveToStageId } : {}) })}
      />
      <RetireDialog
        opened={retiringPipeline}
        title={t('pipelines.pipeline.retireTitle', { name: pipeline.name })}
        text={t('pipelines.pipeline.retireText')}
        targets={otherTargets}
        onClose={() => setRetiringPipeline(false)}
        onConfirm={(moveToStageId) => retirePipeline.mutateAsync({ id: pipeline.id, version: pipeline.version, ...(moveToStageId ? { moveToStageId } : {}) })}
      />
      <NameModal
        opened={renaming}
        title={t('pipelines.pipeline.renameTitle')}
        label={t('pipelines.pipeline.name')}
        submitLabel={t('common.save')}
        initial={pipeline.name}
        onClose={() => setRenaming(false)}
        onSave={(name) => savePipeline.mutateAsync({ id: pipeline.id, name, version: pipeline.version })}
      />
    </Stack>
  );
}
