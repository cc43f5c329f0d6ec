import { useEffect, useRef, useState } from 'react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clientFieldErrorText } from '../clients/formErrorMap';
import { useRecordForm } from '../../components/form/useRecordForm';
import { FormError } from '../../components/FormError';

interface NoteComposerProps {
  onAdd: (body: string) => Promise<void>;
  /** Changes when "Add note" is pressed elsewhere on the card: the box takes the focus. */
  focusSignal: number;
}

const MAX = 20_000;

/** A box to write a note on the record's timeline. */
export function NoteComposer({ onAdd, focusSignal }: NoteComposerProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const form = useRecordForm({
    fields: ['body'],
    values: { body },
    // The box starts empty and is emptied after each note: anything in it is unsaved.
    baseline: { body: '' },
    validate: (): Record<string, string> => (body.trim() ? {} : { body: 'required' }),
    save: () => onAdd(body),
    onSaved: () => setBody(''),
    fieldText: (code) => clientFieldErrorText(t, code),
  });
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focusSignal > 0) {
      ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      ref.current?.focus();
    }
  }, [focusSignal]);

  return (
    <form ref={form.ref} onSubmit={form.handleSubmit} noValidate>
      <Stack gap="xs">
        <FormError message={form.formError} />
        <Textarea
          ref={ref}
          aria-label={t('timeline.noteLabel')}
          placeholder={t('timeline.notePlaceholder')}
          autosize
          minRows={2}
          maxRows={12}
          maxLength={MAX}
          value={body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            form.clearError('body');
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.handleSubmit(event);
          }}
          error={form.errors.body}
          data-testid="note-input"
        />
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={form.pending} data-testid="add-note">
            {t('timeline.addNote')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
