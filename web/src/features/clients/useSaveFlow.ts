import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordForm } from '../../components/form/useRecordForm';
import { checkDuplicates } from './clients.api';
import type { DuplicateCandidate, DuplicateQuery } from './clientTypes';
import { clientFieldErrorText, phoneCandidatesOf } from './formErrorMap';

interface SaveFlowOptions<R> {
  /** Paths the form shows an input for (`firstName`, `phones.0.value`, `custom.size`...). */
  known: ReadonlySet<string>;
  /** The form's values, for the unsaved-changes guard. */
  values: unknown;
  /** Maps the API's row numbers to the form's (blank rows are not sent). */
  remap?: (path: string) => string;
  /** What to check for duplicates before saving; null skips the check (nothing identifying changed). */
  duplicateQuery: () => DuplicateQuery | null;
  /** Errors found before asking the server: path → code (`required`); empty when none. */
  validate?: () => Record<string, string>;
  save: () => Promise<R>;
  onSaved: (record: R) => void | Promise<void>;
  /** Reloads the record after a conflict. */
  onReload?: () => void | Promise<void>;
}

/**
 * Saving a client record: the one form hook (local checks, field errors in place, the 409 reload,
 * the unsaved-changes guard) plus the duplicate check before sending, skippable with "save anyway".
 */
export function useSaveFlow<R>({ known, values, remap, duplicateQuery, validate, save, onSaved, onReload }: SaveFlowOptions<R>) {
  const { t } = useTranslation();
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  const force = useRef(false);

  const form = useRecordForm({
    fields: known,
    values,
    remap,
    validate,
    beforeSave: async () => {
      const query = force.current ? null : duplicateQuery();
      if (query) {
        // The check only advises: if it fails, saving goes ahead.
        const found = await checkDuplicates(query).catch(() => []);
        if (found.length > 0) {
          setDuplicates(found);
          return false;
        }
      }
      setDuplicates([]);
      return true;
    },
    save: async () => {
      try {
        return await save();
      } catch (error) {
        setDuplicates([]);
        throw error;
      }
    },
    onSaved,
    onReload,
    fieldText: (code) => clientFieldErrorText(t, code),
  });

  async function submit(skipDuplicateCheck = false) {
    force.current = skipDuplicateCheck;
    await form.submit();
  }

  // A phone valid in several client countries: its readings, offered under its row until the next save.
  const phoneCandidates = phoneCandidatesOf(form.failure, remap);

  return { ...form, submit, phoneCandidates, duplicates, dismissDuplicates: () => setDuplicates([]) };
}
