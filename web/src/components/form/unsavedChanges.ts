/**
 * Which forms on screen hold unsaved changes. Kept outside React so a form that has just saved can
 * say so before it navigates away in the same tick.
 */
const dirtyForms = new Set<string>();
const listeners = new Set<() => void>();

/** Marks a form (by its id) as holding unsaved changes, or not. */
export function setFormDirty(id: string, dirty: boolean): void {
  const was = dirtyForms.has(id);
  if (dirty) dirtyForms.add(id);
  else dirtyForms.delete(id);
  if (was !== dirty) for (const listener of listeners) listener();
}

/** Whether any form on screen holds unsaved changes. */
export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}

/** The ids of the forms holding unsaved changes now (a dialog tells its own forms from the page's). */
export function dirtyFormIds(): string[] {
  return [...dirtyForms];
}

/** Calls back whenever the answer of `hasUnsavedChanges()` may have changed; returns the unsubscribe. */
export function onUnsavedChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets every form's unsaved changes: the user chose to leave them. */
export function forgetUnsavedChanges(): void {
  if (dirtyForms.size === 0) return;
  dirtyForms.clear();
  for (const listener of listeners) listener();
}
