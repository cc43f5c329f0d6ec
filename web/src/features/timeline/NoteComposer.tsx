import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clientFieldErrorText, mapApiErrors } from '../clients/formErrorMap';
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
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focusSignal > 0) {
      ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      ref.current?.focus();
    }
  }, [focusSignal]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (!body.trim()) {
      setError(clientFieldErrorText(t, 'required'));
      return;
    }
    setPending(true);
    try {
      await onAdd(body);
      setBody('');
      setError(null);
    } catch (failure) {
      const mapped = mapApiErrors(t, failure, new Set(['body']));
      setError(mapped.fields.body ?? null);
      setFormError(mapped.form);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="xs">
        <FormError message={formError} />
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
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
          }}
          error={error}
          data-testid="note-input"
        />
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={pending} data-testid="add-note">
            {t('timeline.addNote')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
