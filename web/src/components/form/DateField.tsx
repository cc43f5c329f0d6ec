import { useEffect, useRef, useState } from 'react';
import { ActionIcon, TextInput, type TextInputProps } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { datePattern, formatIsoDay, parseTypedDay } from './datePattern';

interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  /** An ISO day (`YYYY-MM-DD`), or '' for none. */
  value: string;
  /** An ISO day, '' when cleared, or the text as typed when it is not a date yet (the server then says so on the field). */
  onChange: (value: string) => void;
  /** Only whole days and '' reach `onChange` (filters, which must never send half a date). */
  strict?: boolean;
}

/**
 * A calendar day typed and shown in the interface language's pattern, with a button that opens
 * the browser's calendar to pick one. The value is an ISO day, whatever the language.
 */
export function DateField({ value, onChange, strict, placeholder, rightSection, ...rest }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const pattern = datePattern(i18n.resolvedLanguage);
  const [text, setText] = useState(() => formatIsoDay(value, pattern));
  const picker = useRef<HTMLInputElement>(null);
  const shownFor = useRef(value);

  // A value set from outside (a reset, a reload) replaces what is shown; what the user typed stays as typed.
  useEffect(() => {
    if (value !== shownFor.current) setText(formatIsoDay(value, datePattern(i18n.resolvedLanguage)));
    shownFor.current = value;
  }, [value, i18n.resolvedLanguage]);
  // A language switch rewrites a complete day in the new language's pattern.
  const language = useRef(i18n.resolvedLanguage);
  useEffect(() => {
    if (language.current === i18n.resolvedLanguage) return;
    language.current = i18n.resolvedLanguage;
    setText(formatIsoDay(shownFor.current, datePattern(i18n.resolvedLanguage)));
  }, [i18n.resolvedLanguage]);

  function type(next: string) {
    setText(next);
    const day = next.trim() === '' ? '' : (parseTypedDay(next, pattern) ?? next);
    if (strict && day !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    shownFor.current = day;
    onChange(day);
  }

  const letters = { day: t('form.date.day'), month: t('form.date.month'), year: t('form.date.year') };
  return (
    <>
      <TextInput
        {...rest}
        inputMode="numeric"
        autoComplete="off"
        value={text}
        placeholder={placeholder ?? pattern.order.map((part) => letters[part]).join(pattern.separator)}
        onChange={(event) => type(event.currentTarget.value)}
        onBlur={(event) => {
          const day = parseTypedDay(text, pattern);
          if (day) setText(formatIsoDay(day, pattern));
          rest.onBlur?.(event);
        }}
        rightSection={
          rightSection ?? (
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('form.date.pick')} onClick={() => picker.current?.showPicker?.()} disabled={rest.disabled || rest.readOnly}>
              <IconCalendar size={16} />
            </ActionIcon>
          )
        }
      />
      <input
        ref={picker}
        type="date"
        tabIndex={-1}
        aria-hidden
        value={/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ''}
        onChange={(event) => type(formatIsoDay(event.currentTarget.value, pattern))}
        data-testid="date-picker-input"
        style={{ position: 'absolute', width: 1, height: 1, opacity: 0, pointerEvents: 'none' }}
      />
    </>
  );
}
