import { NumberInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../app/errorText';
import { formatNumber } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { HINT_BELOW } from '../auth/setupFields';
import type { Count } from './workspaceForm';

export interface CountLimits {
  min: number;
  max: number;
  byDefault: number;
}

interface CountInputProps {
  label: string;
  /** What the number does; the default is added after it. */
  description: string;
  value: Count;
  limits: CountLimits;
  /** The field's error code, from the browser's check or the server. */
  error?: string;
  onChange: (value: Count) => void;
}

const OUT_OF_RANGE = new Set(['too_short', 'too_long', 'invalid_type', 'invalid']);

/** An out-of-range answer from the server says the range, in the interface language's digits. */
export function countErrorText(t: TFunction, code: string, limits: CountLimits): string {
  if (OUT_OF_RANGE.has(code)) return t('workspace.errors.range', { min: formatNumber(limits.min), max: formatNumber(limits.max) });
  return fieldErrorText(t, code);
}

/**
 * The digit group separator of the interface language ("1,000", "1 000"), or none where four
 * digits go ungrouped (Bulgarian "1000"), so the input reads like the hint below it.
 */
function groupSeparator(): string {
  return new Intl.NumberFormat(currentLocale()).formatToParts(1000).find((part) => part.type === 'group')?.value ?? '';
}

/**
 * A whole, positive number. Out-of-range values are left as typed (not clamped on blur), so the
 * server's answer can say what is wrong in place.
 */
export function CountInput({ label, description, value, limits, error, onChange }: CountInputProps) {
  const { t } = useTranslation();
  return (
    <NumberInput
      label={label}
      description={`${description} ${t('workspace.byDefault', { value: formatNumber(limits.byDefault) })}`}
      inputWrapperOrder={HINT_BELOW}
      required
      value={value}
      onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? '' : Number(next))}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      thousandSeparator={groupSeparator()}
      hideControls
      maw={{ sm: 440 }}
      error={error ? countErrorText(t, error, limits) : undefined}
    />
  );
}
