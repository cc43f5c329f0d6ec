import { useState } from 'react';
import { Group, NumberInput, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { DateField } from '../../components/form/DateField';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { formatMoney, toMajor, toMinor } from '../../i18n/format';
import { CustomFieldsSection } from '../clients/CustomFieldsSection';
import { orNull } from '../clients/drafts';
import { useFieldDefs } from '../clients/fieldDefs';
import { FormSection } from '../clients/FormSection';
import { OwnerSelect } from '../clients/OwnerSelect';
import { TagsField } from '../clients/TagsField';
import { useCustomDrafts } from '../clients/useCustomDrafts';
import { useSaveFlow } from '../clients/useSaveFlow';
import { CurrencySelect } from '../products/CurrencySelect';
import { decimalProps, numberOrNull } from '../products/moneyInput';
import { RecordForm } from '../../records/RecordForm';
import { recordPath } from '../../records/registry';
import { RecordFormModal } from '../../records/RecordFormModal';
import type { RecordFormProps } from '../../records/screens';
import { ClientPicker, type PickedRef } from './ClientPicker';
import { DealItems } from './DealItems';
import { grandTotals, itemDrafts, itemInputs, type ItemDraft } from './dealItems';
import { DealPeople, type PersonDraft } from './DealPeople';
import { useLostReasons, usePipelines, useSaveDeal, type Deal, type DealInput } from './deals.api';
import { activeStages, firstOpenStage, stageOptions } from './stages';
import { useFieldLocks } from '../../records/fieldLocks';
import { LockedField } from '../../components/form/LockedField';

const FIELDS = ['title', 'pipelineId', 'stageId', 'amount', 'currency', 'expectedClose', 'companyId', 'people', 'items', 'source', 'comment', 'tags', 'ownerId', 'lostReasonId', 'lostComment'] as const;

/** Creates a deal or edits one, in a dialog. */
export function DealForm({ opened, onClose, record: deal, initialName, onCreated, onReload }: RecordFormProps<Deal>) {
  const { t } = useTranslation();
  return (
    <RecordFormModal opened={opened} onClose={onClose} title={deal ? t('deals.editTitle') : t('deals.createTitle')}>
      <DealFormBody key={deal ? `${deal.id}:${deal.version}` : 'new'} onClose={onClose} deal={deal ?? null} initialName={initialName} onCreated={onCreated} onReload={onReload} />
    </RecordFormModal>
  );
}

type BodyProps = Omit<RecordFormProps<Deal>, 'opened' | 'record'> & { deal: Deal | null };

function DealFormBody({ onClose, deal, initialName, onCreated, onReload }: BodyProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const save = useSaveDeal();
  const pipelines = usePipelines();
  const reasons = useLostReasons();
  const { defs } = useFieldDefs('deal');
  const [fields, setFields] = useState(() => ({
    title: deal?.title ?? initialName ?? '',
    expectedClose: deal?.expectedClose ?? '',
    source: deal?.source ?? '',
    comment: deal?.comment ?? '',
    lostComment: deal?.lostComment ?? '',
  }));
  const [chosenPipeline, setPipelineId] = useState<string | null>(deal?.pipeline.id ?? null);
  const [chosenStage, setStageId] = useState<string | null>(deal?.stage.id ?? null);
  const [currency, setCurrency] = useState(deal?.currency ?? me.workspace.defaultCurrency);
  const locks = useFieldLocks('deal', Boolean(deal));
  // Custom fields the role may not change are shown on the card only.
  const editableDefs = defs.filter((def) => !locks.rightOf(`custom.${def.key}`));
  const [amount, setAmount] = useState<number | string>(deal && deal.amount !== undefined ? toMajor(deal.amount, deal.currency) : '');
  const [company, setCompany] = useState<PickedRef | null>(deal?.company ?? null);
  const [people, setPeople] = useState<PersonDraft[]>(() => (deal?.people ?? []).map((person) => ({ contact: person.contact, role: person.role ?? '' })));
  const [items, setItems] = useState<ItemDraft[]>(() => itemDrafts(deal));
  const [lostReasonId, setLostReasonId] = useState<string | null>(deal?.lostReason?.id ?? null);
  const [ownerId, setOwnerId] = useState<string | null>(deal?.owner.id ?? me.id);
  const [tags, setTags] = useState<string[]>(deal?.tags ?? []);
  const custom = useCustomDrafts(defs, deal);

  // Until the user picks, a new deal goes to the first pipeline's first open stage, as the server would.
  const allPipelines = pipelines.data ?? [];
  const pipeline = allPipelines.find((p) => p.id === chosenPipeline) ?? allPipelines.find((p) => !p.retired) ?? null;
  const stages = pipeline ? activeStages(pipeline, deal?.stage.id) : [];
  const stage = stages.find((s) => s.id === chosenStage) ?? (pipeline ? firstOpenStage(pipeline) : null);
  const isLost = stage?.kind === 'lost';
  const hasItems = items.length > 0;
  const totals = grandTotals(items, currency);
  const reasonOptions = (reasons.data ?? []).filter((r) => !r.retired || r.id === lostReasonId).map((r) => ({ value: r.id, label: r.name }));

  const peopleSent = people.flatMap((row, index) => (row.contact ? [index] : []));
  const known = new Set<string>([
    ...FIELDS,
    ...people.flatMap((_, i) => [`people.${i}.contactId`, `people.${i}.role`]),
    ...items.flatMap((_, i) => ['productId', 'name', 'quantity', 'price', 'discount', 'taxRate'].map((field) => `items.${i}.${field}`)),
    ...custom.known,
  ]);

  function input(): DealInput {
    const typedAmount = numberOrNull(amount);
    return {
      title: fields.title.trim(),
      ...(pipeline ? { pipelineId: pipeline.id } : {}),
      ...(stage ? { stageId: stage.id } : {}),
      currency,
      // With line items the amount is theirs; the server refuses a different one.
      ...(hasItems ? {} : { amount: typedAmount === null ? 0 : toMinor(typedAmount, currency) }),
      items: itemInputs(items, currency),
      expectedClose: orNull(fields.expectedClose),
      companyId: company?.id ?? null,
      people: people.flatMap((row) => (row.contact ? [{ contactId: row.contact.id, role: orNull(row.role) }] : [])),
      source: orNull(fields.source),
      comment: orNull(fields.comment),
      tags,
      ...(isLost ? { lostReasonId, lostComment: orNull(fields.lostComment) } : {}),
      ...(custom.input() ? { custom: custom.input() } : {}),
      ...(ownerId ? { ownerId } : {}),
    };
  }

  const flow = useSaveFlow<Deal>({
    known,
    values: { fields, pipeline: pipeline?.id, stage: stage?.id, currency, amount, company, people, items, lostReasonId, ownerId, tags, custom: custom.values },
    onReload,
    // People rows without a person are not sent: the API's numbers count only the sent ones.
    remap: (path) => {
      const match = /^people\.(\d+)(.*)$/.exec(path);
      return match ? `people.${peopleSent[Number(match[1])] ?? match[1]}${match[2]}` : path;
    },
    validate: (): Record<string, string> => ({
      ...(fields.title.trim() ? {} : { title: 'required' }),
      ...(isLost && !lostReasonId ? { lostReasonId: 'required' } : {}),
    }),
    duplicateQuery: () => null,
    save: () => save.mutateAsync(deal ? { id: deal.id, input: { ...locks.strip(input()), version: deal.version } } : { input: locks.strip(input()) }),
    onSaved: async (saved) => {
      if (deal) onClose();
      else if (onCreated) await onCreated(saved);
      else navigate(recordPath('deal', saved.id));
    },
  });

  const text = (name: keyof typeof fields, label: string, props: { required?: boolean; type?: string; placeholder?: string } = {}) => (
    <TextInput
      label={label}
      withAsterisk={props.required}
      type={props.type}
      placeholder={props.placeholder}
      value={fields[name]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setFields((current) => ({ ...current, [name]: value }));
        flow.clearError(name);
      }}
      error={flow.errors[name]}
      data-testid={`deal-${name}`}
    />
  );

  return (
    <RecordForm entityType="deal" flow={flow} onClose={onClose} saveLabel={deal ? t('common.save') : t('deals.form.create')}>
      <FormSection title={t('clients.form.main')}>
        {text('title', t('deals.fields.title'), { required: true })}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('deals.fields.pipeline')}
            data={allPipelines.filter((p) => !p.retired || p.id === deal?.pipeline.id).map((p) => ({ value: p.id, label: p.name }))}
            value={pipeline?.id ?? null}
            onChange={(id) => {
              setPipelineId(id);
              setStageId(null);
              flow.clearError('pipelineId');
            }}
            allowDeselect={false}
            error={flow.errors.pipelineId}
            data-testid="deal-pipeline"
          />
          <Select
            label={t('deals.fields.stage')}
            data={stageOptions(t, stages)}
            value={stage?.id ?? null}
            onChange={(id) => {
              setStageId(id);
              flow.clearError('stageId');
            }}
            allowDeselect={false}
            error={flow.errors.stageId}
            data-testid="deal-stage"
          />
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <LockedField right={locks.rightOf('amount')}>
            <NumberInput
              label={t('deals.fields.amount')}
              title={hasItems ? t('deals.form.amountFromItems') : undefined}
              value={hasItems ? toMajor(totals.total, currency) : amount}
              onChange={setAmount}
              disabled={hasItems}
              min={0}
              hideControls
              {...decimalProps(currency)}
              error={flow.errors.amount}
              style={{ flex: '1 1 60%' }}
              data-testid="deal-amount"
            />
            </LockedField>
            <div style={{ flex: '1 1 40%', minWidth: 0 }}>
              <CurrencySelect label={t('deals.fields.currency')} value={currency} onChange={setCurrency} error={flow.errors.currency} testId="deal-currency" />
            </div>
          </Group>
          <DateField
            label={t('deals.fields.expectedClose')}
            value={fields.expectedClose}
            onChange={(value) => {
              setFields((current) => ({ ...current, expectedClose: value }));
              flow.clearError('expectedClose');
            }}
            error={flow.errors.expectedClose}
            data-testid="deal-expectedClose"
          />
          <OwnerSelect value={ownerId} onChange={setOwnerId} error={flow.errors.ownerId} current={deal?.owner} />
          {text('source', t('clients.fields.source'), { placeholder: t('clients.form.sourcePlaceholder') })}
        </SimpleGrid>
      </FormSection>
      {isLost ? (
        <FormSection title={t('deals.lost.title')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('deals.fields.lostReason')}
              withAsterisk
              data={reasonOptions}
              value={lostReasonId}
              onChange={(id) => {
                setLostReasonId(id);
                flow.clearError('lostReasonId');
              }}
              error={flow.errors.lostReasonId}
              data-testid="deal-lostReason"
            />
            {text('lostComment', t('deals.fields.lostComment'))}
          </SimpleGrid>
        </FormSection>
      ) : null}
      <FormSection title={t('deals.form.client')}>
        <ClientPicker entity="company" label={t('deals.fields.company')} value={company} onChange={setCompany} error={flow.errors.companyId} testId="deal-company" />
        <DealPeople rows={people} onChange={setPeople} errors={flow.errors} />
      </FormSection>
      <LockedField right={locks.rightOf('amount')}>
      <FormSection title={t('deals.items.title')}>
        <DealItems items={items} onChange={setItems} currency={currency} errors={flow.errors} onClearError={flow.clearError} />
        {flow.errors.items ? (
          <Text size="sm" c="red">
            {flow.errors.items}
          </Text>
        ) : null}
        {hasItems ? (
          <Text size="xs" c="dimmed">
            {t('deals.form.itemsHint', { amount: formatMoney(totals.total, currency) })}
          </Text>
        ) : null}
      </FormSection>
      </LockedField>
      {editableDefs.length > 0 ? (
        <FormSection title={t('clients.form.customFields')}>
          <CustomFieldsSection defs={editableDefs} values={custom.values} onChange={custom.set} errors={flow.errors} />
        </FormSection>
      ) : null}
      <FormSection title={t('clients.form.other')}>
        <TagsField entity="deal" value={tags} onChange={setTags} error={flow.errors.tags} />
        <LockedField right={locks.rightOf('comment')}>
        <Textarea
          label={t('deals.fields.comment')}
          autosize
          minRows={2}
          maxRows={8}
          value={fields.comment}
          onChange={(event) => {
            const comment = event.currentTarget.value;
            setFields((current) => ({ ...current, comment }));
          }}
          error={flow.errors.comment}
        />
        </LockedField>
      </FormSection>
    </RecordForm>
  );
}
