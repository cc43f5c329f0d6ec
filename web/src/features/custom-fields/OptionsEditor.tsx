import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** One choice being edited; `key` is absent for a new one (the server makes it from the label). */
export interface OptionDraft {
  /** Stable id for React while editing. */
  uid: string;
  key?: string;
  label: string;
}

interface OptionsEditorProps {
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  error?: string;
}

let counter = 0;
export const newOptionDraft = (label = '', key?: string): OptionDraft => ({ uid: `o${++counter}`, label, ...(key ? { key } : {}) });

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** The choices of a select field: labels in order, added, renamed, moved and removed in place. */
export function OptionsEditor({ options, onChange, error }: OptionsEditorProps) {
  const { t } = useTranslation();
  const set = (index: number, label: string) => onChange(options.map((o, i) => (i === index ? { ...o, label } : o)));
  return (
    <Input.Wrapper label={t('customFields.form.options')} description={t('customFields.form.optionsHelp')} error={error} withAsterisk>
      <Stack gap={6} mt={4}>
        {options.map((option, index) => {
          const n = index + 1;
          return (
            <Group key={option.uid} gap={4} wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                aria-label={t('customFields.form.optionLabel', { n })}
                value={option.label}
                maxLength={100}
                onChange={(e) => set(index, e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    onChange([...options.slice(0, index + 1), newOptionDraft(), ...options.slice(index + 1)]);
                  }
                }}
              />
              <ActionIcon variant="subtle" aria-label={t('customFields.form.optionUp', { n })} disabled={index === 0} onClick={() => onChange(move(options, index, index - 1))}>
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" aria-label={t('customFields.form.optionDown', { n })} disabled={index === options.length - 1} onClick={() => onChange(move(options, index, index + 1))}>
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={t('customFields.form.optionRemove', { n })} onClick={() => onChange(options.filter((_, i) => i !== index))}>
                <IconX size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => onChange([...options, newOptionDraft()])}>
            {t('customFields.form.addOption')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
