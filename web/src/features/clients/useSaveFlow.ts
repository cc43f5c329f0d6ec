import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { checkDuplicates, type DuplicateQuery } from './clients.api';
import type { DuplicateCandidate, PhoneCandidate } from './clientTypes';
import { mapApiErrors } from './formErrorMap';

interface SaveFlowOptions<R> {
  /** Paths the form shows an input for (`firstName`, `phones.0.value`, `custom.size`...). */
  known: ReadonlySet<string>;
  /** Maps the API's row numbers to the form's (blank rows are not sent). */
  remap?: (path: string) => string;
  /** What to check for duplicates before saving; null skips the check (nothing identifying changed). */
  duplicateQuery: () => DuplicateQuery | null;
  /** Errors found before asking the server (a missing name); empty when none. */
  validate?: () => Record<string, string>;
  save: () => Promise<R>;
  onSaved: (record: R) => void | Promise<void>;
}

/**
 * Saving a client record: local checks, the duplicate check (skippable with "save anyway"),
 * the API's field errors under their inputs, and a 409 turned into "changed by someone else".
 */
export function useSaveFlow<R>({ known, remap, duplicateQuery, validate, save, onSaved }: SaveFlowOptions<R>) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [codes, setCodes] = useState<Record<string, string>>({});
  const [phoneCandidates, setPhoneCandidates] = useState<Record<string, PhoneCandidate[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[]>([]);
  const [conflict, setConflict] = useState(false);
  // Bumped on every refused save, so the first message is brought into view even when it did not change.
  const [refusals, setRefusals] = useState(0);

  useEffect(() => {
    if (refusals === 0) return;
    const first = document.querySelector<HTMLElement>('[role="dialog"] [aria-invalid="true"], [role="dialog"] [role="alert"]');
    first?.scrollIntoView({ block: 'center' });
    if (first instanceof HTMLInputElement || first instanceof HTMLTextAreaElement) first.focus({ preventScroll: true });
  }, [refusals]);

  async function submit(force = false) {
    setFormError(null);
    const local = validate?.() ?? {};
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setCodes({});
      setPhoneCandidates({});
      setRefusals((n) => n + 1);
      return;
    }
    setPending(true);
    try {
      const query = force ? null : duplicateQuery();
      if (query) {
        // The check only advises: if it fails, saving goes ahead.
        const found = await checkDuplicates(query).catch(() => []);
        if (found.length > 0) {
          setDuplicates(found);
          setPending(false);
          return;
        }
      }
      setDuplicates([]);
      const record = await save();
      setErrors({});
      setCodes({});
      setPhoneCandidates({});
      await onSaved(record);
    } catch (error) {
      if (isApiError(error, 'conflict')) {
        setConflict(true);
      } else {
        const mapped = mapApiErrors(t, error, known, remap);
        setErrors(mapped.fields);
        setCodes(mapped.codes);
        setPhoneCandidates(mapped.phoneCandidates);
        setFormError(mapped.form);
      }
      setDuplicates([]);
      setRefusals((n) => n + 1);
    } finally {
      setPending(false);
    }
  }

  function clearField(path: string) {
    if (errors[path]) setErrors(({ [path]: _removed, ...rest }) => rest);
  }

  return { submit, pending, errors, codes, phoneCandidates, formError, duplicates, conflict, clearField, dismissDuplicates: () => setDuplicates([]) };
}
