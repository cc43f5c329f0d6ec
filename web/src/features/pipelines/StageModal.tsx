import { useState } from 'react';
import { Button, ColorInput, Group, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { GuardedModal } from '../../components/form/GuardedModal';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/form/ConflictAlert';
import { useRecordForm } from '../../components/form/useRecordForm';
import { FormError } from '../../components/FormError';
import { useReloadPipelines, useSaveStage, type Pipeline, type Stage, type StageKind } from './pipelines.api';

const FIELDS = ['name', 'color', 'probability', 'kind', 'rottingDays'] as const;
const KINDS: StageKind[] = ['open', 'won', 'lost'];
const SWATCHES = ['#228be6', '#15aabf', '#40c057', '#fab005', '#fd7e14', '#fa5252', '#be4bdb', '#868e96'];

export type StageModalState = { mode: 'create'; pipeline: Pipeline } | { mode: 'edit'; pipeline: Pipeline; stage: Stage } | null;

/** Adds a stage to a pipeline or changes one: name, colour, probability, kind and rotting limit. */
export function StageModal({ state, onClose }: { state: StageModalState; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened={state !== null} onClose={onClose} title={state?.mode === 'edit' ? t('pipelines.stage.editTitle') : t('pipelines.stage.createTitle')} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      {state ? <StageForm key={state.mode === 'edit' ? state.stage.id : 'new'} state={state} onClose={onClose} /> : null}
    </GuardedModal>
  );
}

interface Values {
  name: string;
  color: string;
  probability: number | string;
  kind: StageKind;
  rottingDays: number | string;
}

function valuesOf(stage: Stage | null): Values {
  return { name: stage?.name ?? '', color: stage?.color ?? '#228be6', probability: stage?.probability ?? 10, kind: stage?.kind ?? 'open', rottingDays: stage?.rottingDays ?? '' };
}

function StageForm({ state, onClose }: { state: NonNullable<StageModalState>; onClose: () => void }) {
  const { t } = useTranslation();
  const editing = state.mode === 'edit' ? state.stage : null;
  const [values, setValues] = useState(() => valuesOf(editing));
  const [version, setVersion] = useState(editing?.version);
  const save = useSaveStage();
  const reload = useReloadPipelines();
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearError(key);
  };
  const form = useRecordForm({
    fields: FIELDS,
    values,
    validate: () => {
      const errors: Record<string, string> = {};
      if (!values.name.trim()) errors.name = 'required';
      if (values.probability === '') errors.probability = 'required';
      return errors;
    },
    save: () => {
      const input = {
        name: values.name.trim(), color: values.color, probability: Number(values.probability), kind: values.kind,
        rottingDays: values.rottingDays === '' ? null : Number(values.rottingDays),
      };
      return editing
        ? save.mutateAsync({ pipelineId: state.pipeline.id, id: editing.id, input: { ...input, ...(input.kind === editing.kind ? { kind: undefined } : {}), version: version ?? editing.version } })
        : save.mutateAsync({ pipelineId: state.pipeline.id, input });
    },
    onSaved: onClose,
    fieldText: (code, path) => (code === 'taken' && path === 'name' ? t('pipelines.stage.nameTaken') : code === 'stage_not_empty' ? t('pipelines.stage.kindLocked') : t(`errors.field.${code}`, { defaultValue: t('errors.field.invalid') })),
    // The server answers with the whole pipeline as it is now: this stage's values replace the form's.
    onReload: (current) => {
      void reload();
      const fresh = (current as Pipeline).stages?.find((s) => s.id === editing?.id);
      if (!fresh) return onClose();
      setValues(valuesOf(fresh));
      setVersion(fresh.version);
    },
  });
  const { errors } = form;
  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="sm">
        {form.conflict ? <ConflictAlert reloading={form.reloading} onReload={() => void form.reload()} /> : <FormError message={form.formError} />}
        <TextInput label={t('pipelines.stage.name')} required value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} data-autofocus />
        <ColorInput label={t('pipelines.stage.color')} value={values.color} onChange={(value) => set('color', value)} format="hex" swatches={SWATCHES} error={errors.color} />
        <NumberInput label={t('pipelines.stage.probability')} value={values.probability} onChange={(value) => set('probability', value)} min={0} max={100} suffix=" %" allowDecimal={false} error={errors.probability} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="stage-kind-label">
            {t('pipelines.stage.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="stage-kind-label"
            value={values.kind}
            onChange={(value) => set('kind', value as StageKind)}
            data={KINDS.map((kind) => ({ value: kind, label: t(`pipelines.kinds.${kind}`) }))}
          />
          {errors.kind ? <Text size="xs" c="red" role="alert">{errors.kind}</Text> : null}
        </Stack>
        <NumberInput
          label={t('pipelines.stage.rottingDays')}
          description={t('pipelines.stage.rottingHint')}
          value={values.rottingDays}
          onChange={(value) => set('rottingDays', value)}
          min={1}
          max={3650}
          allowDecimal={false}
          allowNegative={false}
          error={errors.rottingDays}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.pending}>
            {editing ? t('common.save') : t('pipelines.stage.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
