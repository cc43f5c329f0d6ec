import { z } from 'zod';

/** A date (`2026-11-23`) or a date-time with `Z` or an offset; a time without a zone is ambiguous. */
const ISO_DATE_OR_TIME = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function isRealDate(value: string): boolean {
  const m = ISO_DATE_OR_TIME.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && !Number.isNaN(Date.parse(value));
}

export const isoDateQuery = z.string().refine(isRealDate, 'invalid_date');
export { uuidSchema } from '../../platform/schemas.js';
import { queryInt, uuidSchema } from '../../platform/schemas.js';

/** Who did it, as history and audit present them; null for the system (jobs, CLI, setup). */
export const actorRefOutput = z.object({ id: z.string(), name: z.string() }).nullable();

const filterFields = {
  userId: uuidSchema.optional(),
  entityType: z.string().trim().min(1).max(64).optional(),
  entityId: z.string().trim().min(1).max(64).optional(),
  /** Exact (`contact.updated`), or a prefix when it ends with `.` or `*` (`auth.`, `contact.upd*`). */
  action: z.string().trim().min(1).max(100).optional(),
  /** Inclusive; a bare date means its start (UTC). */
  from: isoDateQuery.optional(),
  /** Exclusive; a bare date means the end of that day (UTC). */
  to: isoDateQuery.optional(),
};

export const auditFilterQuery = z.strictObject(filterFields);
export type AuditFilter = z.infer<typeof auditFilterQuery>;

export const auditListQuery = z.strictObject({
  ...filterFields,
  cursor: z.string().max(200).optional(),
  limit: queryInt(1, 200).default(50),
});
export type AuditListInput = z.infer<typeof auditListQuery>;

export const auditEntryOutput = z.object({
  id: z.string(),
  at: z.string(),
  actor: actorRefOutput,
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  changes: z.unknown(),
  hidden: z.literal(true).optional().describe('The entry is about a record the caller may not see: its details (`changes`) are left out'),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
});

export const auditPageOutput = z.object({ items: z.array(auditEntryOutput), nextCursor: z.string().nullable() });
