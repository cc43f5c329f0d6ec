import { z } from 'zod';
import { actorRefOutput } from '../audit/audit.schema.js';

export const historyParams = z.object({
  entityType: z.string().min(1).max(64),
  entityId: z.string().min(1).max(64),
});

export const versionOutput = z.object({
  version: z.number().int(),
  action: z.string(),
  at: z.string(),
  actor: actorRefOutput,
  /** `{ field: [before, after] }` against the previous version (the first version: against nothing). */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
  /** The record as it was after this change. */
  data: z.record(z.string(), z.unknown()).nullable(),
});

export const historyOutput = z.object({ items: z.array(versionOutput) });

export const restoreVersionInput = z.strictObject({
  /** The version whose fields to put back. */
  version: z.number().int().positive(),
  /** The version the caller last saw; a stale one answers 409. */
  currentVersion: z.number().int().positive(),
});
export type RestoreVersionInput = z.infer<typeof restoreVersionInput>;

export const restoreVersionOutput = z.object({ ok: z.literal(true), version: z.number().int() });
