import { AppError } from '../../platform/errors.js';

/**
 * The answer when a history restore (or another write) reaches a record that was merged into
 * another: 409 with `fields._ = 'merged'`, and the surviving record's id when the entity knows it.
 * Entity types throw it from `restoreVersion`.
 */
export function mergedRecordError(mergedIntoId?: string | null): AppError {
  return new AppError('conflict', 'This record was merged into another; open that one instead', { _: 'merged' }, mergedIntoId ? { mergedInto: mergedIntoId } : undefined);
}

/** The answer when a record is in the trash and the write needs it live: 409 with `fields._ = 'deleted'`. */
export function deletedRecordError(): AppError {
  return new AppError('conflict', 'This record is in the trash; restore it first', { _: 'deleted' });
}

/** The answer when the caller read an older version than the current one: 409 with the current version. */
export function staleVersionError(currentVersion: number): AppError {
  return new AppError('conflict', 'The record was changed by someone else; reload and try again', { currentVersion: 'stale' }, { current: { version: currentVersion } });
}
