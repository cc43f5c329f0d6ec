import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from '../../app/api';
import { apiErrorText, fieldErrorText } from '../../app/errorText';
import { setFormDirty } from './unsavedChanges';

export interface RecordFormOptions<R> {
  /** Paths the form shows an input for (`name`, `phones.0.value`, `settings.trashRetentionDays`...). */
  fields: Iterable<string>;
  /** The form's current values, any JSON-able shape; the form is dirty while they differ from `baseline`. */
  values: unknown;
  /** The values as last saved; by default the values of the first render (and after each save). */
  baseline?: unknown;
  /** Maps a path of the API's answer to the form's (e.g. row numbers, when blank rows are not sent). */
  remap?: (path: string) => string;
  /** Checks made before asking the server: path → error code (`required`); empty when all is well. */
  validate?: () => Record<string, string>;
  /** A step after the local checks and before sending; `false` stops quietly (e.g. likely duplicates shown for a decision). */
  beforeSave?: () => Promise<boolean>;
  /** Sends the form; its answer goes to `onSaved`. */
  save: () => Promise<R>;
  onSaved?: (result: R) => void | Promise<void>;
  /** After a 409, loads the record as it is now; the server's copy (`error.current`) is passed in. */
  onReload?: (current: unknown) => unknown;
  /** The message for a field's error code; by default the app's wording for the code. */
  fieldText?: (code: string, path: string) => string;
  /** An error's codes by the form's paths; by default the API's `error.fields`. */
  fieldCodes?: (error: ApiError) => Record<string, string>;
  /** The message for an error that no input shows; by default the app's wording for its code. */
  formText?: (error: unknown) => string;
  /** The unsaved-changes guard (tab close, route change); on by default. */
  guard?: boolean;
}

function snapshot(values: unknown): string {
  return JSON.stringify(values ?? null);
}

/** The field on the form that shows a path: itself, its `.value` child, or its nearest parent. */
function placeOf(path: string, known: ReadonlySet<string>): string | null {
  if (known.has(path)) return path;
  if (known.has(`${path}.value`)) return `${path}.value`;
  const parts = path.split('.');
  while (parts.length > 1) {
    parts.pop();
    if (known.has(parts.join('.'))) return parts.join('.');
  }
  return null;
}

/**
 * The one way a form saves: local checks, pending state, the API's field errors under their inputs
 * (the rest in one message), a version conflict (409 with `error.current`) offered as a reload, and
 * the unsaved-changes guard while the values differ from the saved ones.
 */
export function useRecordForm<R>(options: RecordFormOptions<R>) {
  const { t } = useTranslation();
  const id = useId();
  const latest = useRef(options);
  latest.current = options;
  const [pending, setPending] = useState(false);
  const [codes, setCodes] = useState<Record<string, string>>({});
  // The refusal itself, so its message is worded at render and follows a language switch.
  const [failure, setFailure] = useState<{ error: unknown; unplaced: Array<[string, string]>; placed: boolean } | null>(null);
  const [conflict, setConflict] = useState<{ current: unknown } | null>(null);
  const [reloading, setReloading] = useState(false);
  const [saved, setSaved] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const [ownBaseline, setOwnBaseline] = useState(() => snapshot(options.values));
  const formRef = useRef<HTMLElement | null>(null);

  const current = snapshot(options.values);
  const dirty = current !== (options.baseline !== undefined ? snapshot(options.baseline) : ownBaseline);
  const guarded = dirty && options.guard !== false;

  useEffect(() => {
    setFormDirty(id, guarded);
  }, [id, guarded]);
  useEffect(() => () => setFormDirty(id, false), [id]);

  // Every refused save brings the first message into view, even when it is the same as before.
  useEffect(() => {
    if (refusals === 0) return;
    const root: ParentNode = formRef.current ?? document.querySelector('[role="dialog"]') ?? document;
    const first = root.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]');
    first?.scrollIntoView?.({ block: 'center' });
    if (first instanceof HTMLInputElement || first instanceof HTMLTextAreaElement) first.focus({ preventScroll: true });
  }, [refusals]);

  const textOf = useCallback(
    (code: string, path: string) => latest.current.fieldText?.(code, path) ?? fieldErrorText(t, code),
    [t],
  );

  function refuse(nextCodes: Record<string, string>, nextFailure: typeof failure) {
    setCodes(nextCodes);
    setFailure(nextFailure);
    setRefusals((n) => n + 1);
  }

  function showError(error: unknown) {
    if (isApiError(error, 'conflict') && error.details.current !== undefined) {
      setConflict({ current: error.details.current });
      refuse({}, null);
      return;
    }
    if (!isApiError(error)) return refuse({}, { error, unplaced: [], placed: false });
    const { fields, remap = (p: string) => p, fieldCodes = (e: ApiError) => e.fields } = latest.current;
    const known = new Set(fields);
    const placed: Record<string, string> = {};
    const unplaced: Array<[string, string]> = [];
    for (const [rawPath, code] of Object.entries(fieldCodes(error))) {
      const target = placeOf(remap(rawPath), known);
      if (target) placed[target] ??= code;
      else if (rawPath !== '_') unplaced.push([rawPath, code]);
    }
    refuse(placed, { error, unplaced, placed: Object.keys(placed).length > 0 });
  }

  /** Checks and saves; resolves to the saved answer, or undefined when the save was refused. */
  async function submit(): Promise<R | undefined> {
    const { validate, beforeSave, save, onSaved, values } = latest.current;
    setFailure(null);
    setSaved(false);
    const local = validate?.() ?? {};
    if (Object.keys(local).length > 0) {
      refuse(local, null);
      return undefined;
    }
    setPending(true);
    try {
      if (beforeSave && !(await beforeSave())) return undefined;
      const result = await save();
      setCodes({});
      setConflict(null);
      setOwnBaseline(snapshot(values));
      setFormDirty(id, false);
      setSaved(true);
      await onSaved?.(result);
      return result;
    } catch (error) {
      showError(error);
      return undefined;
    } finally {
      setPending(false);
    }
  }

  /** The form's `onSubmit`. */
  function handleSubmit(event?: FormEvent) {
    event?.preventDefault();
    void submit();
  }

  /** Loads the record as it is now after a conflict, and forgets the conflict. */
  async function reload() {
    setReloading(true);
    try {
      await latest.current.onReload?.(conflict?.current);
      setConflict(null);
      setFailure(null);
      setCodes({});
    } catch (error) {
      setFailure({ error, unplaced: [], placed: false });
    } finally {
      setReloading(false);
    }
  }

  // Stable, so fields memoized on their change handlers do not re-render (or re-run effects) on every keystroke.
  /** Forgets errors, the conflict and the "saved" note (after discarding changes, or reopening). */
  const clear = useCallback(() => {
    setCodes({});
    setFailure(null);
    setConflict(null);
    setSaved(false);
  }, []);

  const clearError = useCallback((path: string) => {
    setCodes((current) => {
      if (!(path in current)) return current;
      const { [path]: _removed, ...rest } = current;
      return rest;
    });
    setSaved(false);
  }, []);

  const release = useCallback(() => setFormDirty(id, false), [id]);
  const dismissSaved = useCallback(() => setSaved(false), []);

  const errors: Record<string, string> = {};
  for (const [path, code] of Object.entries(codes)) errors[path] = textOf(code, path);
  let formError: string | null = null;
  if (failure) {
    const formText = latest.current.formText ?? ((error: unknown) => apiErrorText(t, error));
    // A field this form has no input for: say which, rather than only "check the highlighted fields".
    if (failure.unplaced.length > 0) formError = `${formText(failure.error)} ${failure.unplaced.map(([path, code]) => `${path}: ${textOf(code, path)}`).join('; ')}`;
    else if (!failure.placed) formError = formText(failure.error);
  }

  return {
    /** Attach to the `<form>` (or its frame) so a refusal brings the first error into view. */
    ref: (node: HTMLElement | null) => {
      formRef.current = node;
    },
    submit,
    handleSubmit,
    pending,
    dirty,
    saved,
    dismissSaved,
    /** Path → message, for the inputs. */
    errors,
    /** Path → error code, for inputs that word a code their own way. */
    codes,
    /** A message for what no input shows. */
    formError,
    /** The error of the last refused save (none after local checks), for forms that word it their own way. */
    failure: failure?.error ?? null,
    /** A version conflict: someone saved the record after this form read it. */
    conflict: conflict !== null,
    reload,
    reloading,
    clear,
    clearError,
    /** Lets the next route change through without asking: the user chose to leave (e.g. to open a duplicate). */
    release,
  };
}

export type RecordForm = ReturnType<typeof useRecordForm>;
