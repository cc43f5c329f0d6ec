import { useState } from 'react';
import { NumberInput, SimpleGrid, Switch, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/session';
import { toMajor, toMinor } from '../../i18n/format';
import { CustomFieldsSection } from '../clients/CustomFieldsSection';
import { orNull } from '../clients/drafts';
import { useFieldDefs } from '../clients/fieldDefs';
import { FormSection } from '../clients/FormSection';
import { TagsField } from '../clients/TagsField';
import { useCustomDrafts } from '../clients/useCustomDrafts';
import { useSaveFlow } from '../clients/useSaveFlow';
import { RecordForm } from '../../records/RecordForm';
import { recordPath } from '../../records/registry';
import { RecordFormModal } from '../../records/RecordFormModal';
import type { RecordFormProps } from '../../records/screens';
import { decimalProps, numberOrNull } from './moneyInput';
import { PricesEditor, type PriceDraft } from './PricesEditor';
import { hundredthsOf, percentOf, useSaveProduct, type Product, type ProductInput } from './products.api';

const FIELDS = ['name', 'sku', 'unit', 'prices', 'taxRate', 'active', 'description', 'tags'] as const;

/** Creates a product or edits one, in a dialog. */
export function ProductForm({ opened, onClose, record: product, initialName, onCreated, onReload }: RecordFormProps<Product>) {
  const { t } = useTranslation();
  return (
    <RecordFormModal opened={opened} onClose={onClose} title={product ? t('products.editTitle') : t('products.createTitle')}>
      <ProductFormBody key={product ? `${product.id}:${product.version}` : 'new'} onClose={onClose} product={product ?? null} initialName={initialName} onCreated={onCreated} onReload={onReload} />
    </RecordFormModal>
  );
}

type BodyProps = Omit<RecordFormProps<Product>, 'opened' | 'record'> & { product: Product | null };

function ProductFormBody({ onClose, product, initialName, onCreated, onReload }: BodyProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const save = useSaveProduct();
  const { defs } = useFieldDefs('product');
  const [fields, setFields] = useState(() => ({
    name: product?.name ?? initialName ?? '',
    sku: product?.sku ?? '',
    unit: product?.unit ?? '',
    description: product?.description ?? '',
  }));
  const [prices, setPrices] = useState<PriceDraft[]>(() =>
    product ? product.prices.map((price) => ({ currency: price.currency, amount: toMajor(price.amount, price.currency) })) : [{ currency: me.workspace.defaultCurrency, amount: '' }],
  );
  const [taxRate, setTaxRate] = useState<number | string>(product ? percentOf(product.taxRate) : 0);
  const [active, setActive] = useState(product?.active ?? true);
  const [tags, setTags] = useState<string[]>(product?.tags ?? []);
  const custom = useCustomDrafts(defs, product);
  const known = new Set<string>([...FIELDS, ...prices.flatMap((_, i) => [`prices.${i}.currency`, `prices.${i}.amount`]), ...custom.known]);

  function input(): ProductInput {
    return {
      name: fields.name.trim(),
      sku: orNull(fields.sku),
      unit: orNull(fields.unit),
      description: orNull(fields.description),
      // A row without an amount is no price: it is left out, like a blank phone row.
      prices: prices.flatMap((row) => {
        const amount = numberOrNull(row.amount);
        return amount === null ? [] : [{ currency: row.currency, amount: toMinor(amount, row.currency) }];
      }),
      taxRate: hundredthsOf(numberOrNull(taxRate) ?? 0),
      active,
      tags,
      ...(custom.input() ? { custom: custom.input() } : {}),
    };
  }

  // The API numbers prices among those sent; blank rows are not sent.
  const sent = prices.flatMap((row, index) => (numberOrNull(row.amount) === null ? [] : [index]));
  const flow = useSaveFlow<Product>({
    known,
    values: { fields, prices, taxRate, active, tags, custom: custom.values },
    onReload,
    remap: (path) => {
      const match = /^prices\.(\d+)\.(.+)$/.exec(path);
      return match ? `prices.${sent[Number(match[1])] ?? match[1]}.${match[2]}` : path;
    },
    validate: (): Record<string, string> => (fields.name.trim() ? {} : { name: 'required' }),
    duplicateQuery: () => null,
    save: () => save.mutateAsync(product ? { id: product.id, input: { ...input(), version: product.version } } : { input: input() }),
    onSaved: async (saved) => {
      if (product) onClose();
      else if (onCreated) await onCreated(saved);
      else navigate(recordPath('product', saved.id));
    },
  });

  const text = (name: keyof typeof fields, label: string, props: { required?: boolean } = {}) => (
    <TextInput
      label={label}
      withAsterisk={props.required}
      value={fields[name]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setFields((current) => ({ ...current, [name]: value }));
        flow.clearError(name);
      }}
      error={flow.errors[name]}
      data-testid={`product-${name}`}
    />
  );

  return (
    <RecordForm entityType="product" flow={flow} onClose={onClose} saveLabel={product ? t('common.save') : t('products.form.create')}>
      <FormSection title={t('clients.form.main')}>
        {text('name', t('products.fields.name'), { required: true })}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {text('sku', t('products.fields.sku'))}
          {text('unit', t('products.fields.unit'))}
          <NumberInput
            label={t('products.fields.taxRate')}
            value={taxRate}
            onChange={setTaxRate}
            min={0}
            max={100}
            suffix=" %"
            {...decimalProps(undefined, 2)}
            error={flow.errors.taxRate}
            data-testid="product-taxRate"
          />
          <Switch label={t('products.fields.active')} checked={active} onChange={(event) => setActive(event.currentTarget.checked)} mt={30} data-testid="product-active" />
        </SimpleGrid>
      </FormSection>
      <FormSection title={t('products.form.pricing')}>
        <PricesEditor rows={prices} onChange={setPrices} defaultCurrency={me.workspace.defaultCurrency} errors={flow.errors} />
      </FormSection>
      {defs.length > 0 ? (
        <FormSection title={t('clients.form.customFields')}>
          <CustomFieldsSection defs={defs} values={custom.values} onChange={custom.set} errors={flow.errors} />
        </FormSection>
      ) : null}
      <FormSection title={t('clients.form.other')}>
        <TagsField entity="product" value={tags} onChange={setTags} error={flow.errors.tags} />
        <Textarea
          label={t('products.fields.description')}
          autosize
          minRows={2}
          maxRows={8}
          value={fields.description}
          onChange={(event) => {
            const description = event.currentTarget.value;
            setFields((current) => ({ ...current, description }));
          }}
          error={flow.errors.description}
        />
      </FormSection>
    </RecordForm>
  );
}
