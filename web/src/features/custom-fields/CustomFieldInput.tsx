import { Checkbox, MultiSelect, Select, TextInput, Textarea } from '@mantine/core';
import { DateField } from '../../components/form/DateField';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefLike } from './customFields.api';
import { isoToLocalInput, localInputToIso } from './dateTime';
import { DraftNumberInput } from './DraftNumberInput';
import { MoneyInput } from './MoneyInput';
import { UserPicker } from './UserPicker';

interface CustomFieldInputProps {
  def: CustomFieldDefLike;
  value: unknown;
  /** `null` clears the value. */
  onChange: (value: unknown) => void;
  /** A message (already translated) shown under the input. */
  error?: string;
  /** Replaces the field's label (the settings screen's "Default value"). */
  label?: string;
}

const TEXT_MAX = 2000;
const LONG_TEXT_MAX = 20000;

/** Options of a select, plus a stored key whose option was removed (shown as the key). */
function optionData(def: CustomFieldDefLike, current: string[]) {
  const data = def.options.map((o) => ({ value: o.key, label: o.label }));
  for (const key of current) if (!data.some((o) => o.value === key)) data.push({ value: key, label: key });
  return data;
}

/**
 * One custom field as a form input, by its type: text, number, money (amount and currency),
 * date, date and time, choices, checkbox, link, phone, e-mail or a colleague. Emptying it sends
 * `null`; the server checks the value and its messages come back through `error`.
 */
export function CustomFieldInput({ def, value, onChange, error, label }: CustomFieldInputProps) {
  const { t } = useTranslation();
  const common = { label: label ?? def.label, description: def.helpText ?? undefined, error, withAsterisk: def.required && label === undefined };
  const text = typeof value === 'string' ? value : '';
  const onText = (v: string) => onChange(v === '' ? null : v);
  switch (def.type) {
    case 'long_text':
      return <Textarea {...common} value={text} maxLength={LONG_TEXT_MAX} autosize minRows={2} maxRows={8} onChange={(e) => onText(e.currentTarget.value)} />;
    case 'number':
      return <DraftNumberInput {...common} value={typeof value === 'number' ? value : null} onValue={onChange} />;
    case 'money':
      return <MoneyInput common={common} value={value} onChange={onChange} />;
    case 'date':
      return <DateField {...common} value={text} onChange={onText} />;
    case 'datetime':
      return <TextInput {...common} type="datetime-local" value={isoToLocalInput(text)} onChange={(e) => onChange(localInputToIso(e.currentTarget.value))} />;
    case 'select': {
      const key = typeof value === 'string' && value !== '' ? value : null;
      return <Select {...common} data={optionData(def, key ? [key] : [])} value={key} onChange={(v) => onChange(v)} clearable searchable nothingFoundMessage={t('common.nothingFound')} />;
    }
    case 'multi_select': {
      const keys = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      return <MultiSelect {...common} data={optionData(def, keys)} value={keys} onChange={(v) => onChange(v.length ? v : null)} clearable searchable nothingFoundMessage={t('common.nothingFound')} />;
    }
    case 'checkbox':
      return <Checkbox label={common.label} description={common.description} error={error} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} mt="xs" />;
    case 'user':
      return <UserPicker common={common} value={value} onChange={onChange} />;
    case 'url':
      return <TextInput {...common} type="url" inputMode="url" placeholder="https://" value={text} maxLength={TEXT_MAX} onChange={(e) => onText(e.currentTarget.value)} />;
    case 'email':
      return <TextInput {...common} type="email" inputMode="email" value={text} maxLength={320} onChange={(e) => onText(e.currentTarget.value)} />;
    case 'phone':
      return <TextInput {...common} type="tel" inputMode="tel" value={text} maxLength={100} onChange={(e) => onText(e.currentTarget.value)} />;
    default:
      return <TextInput {...common} value={text} maxLength={TEXT_MAX} onChange={(e) => onText(e.currentTarget.value)} />;
  }
}
