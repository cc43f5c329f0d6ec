import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { fieldRightOf } from '../../platform/access/field-rights.js';
import { AppError } from '../../platform/errors.js';
import { audit } from '../../platform/history/record-change.js';
import { fromJson } from '../../platform/json.js';
import type { ProtectedField, RecordType } from '../../platform/records/record-type.js';
import { findRecord } from './records.repository.js';
import { hiddenOrMissing } from './record-write.js';

/**
 * The `tel:` link of one phone of a record the actor may see, for roles that see the phones or see
 * them masked; audited as `<type>.phone_called` with the phone's position (never its number).
 * @throws AppError forbidden | field_hidden | not_found (the record, or no phone at that index)
 */
export async function callPhone(trx: Transaction<Database>, actor: Actor, kind: RecordType, field: ProtectedField, id: string, index: number): Promise<string> {
  authorize(actor, kind.module, 'view');
  const row = await findRecord(trx, kind, actor, id);
  if (!row) throw await hiddenOrMissing(trx, actor, kind, id);
  if (fieldRightOf(actor, kind.entityType, field.name) === 'hidden') {
    throw new AppError('field_hidden', 'Your role does not see these phones', { [field.name]: 'hidden' });
  }
  const phones = fromJson<Array<{ value?: string; e164?: string | null; ext?: string | null }> | null>(row[field.columns[0]!]) ?? [];
  const phone = phones[index];
  const digits = phone ? (phone.e164 ?? phone.value ?? '').replace(/[^\d+]/g, '') : '';
  if (!phone || digits === '') throw new AppError('not_found', 'There is no phone at that position');
  await audit(trx, { workspaceId: actor.workspaceId, actorId: actor.userId, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId },
    `${kind.entityType}.phone_called`, { entityType: kind.entityType, entityId: id, changes: { field: field.name, index } });
  return `tel:${digits}${phone.ext ? `;ext=${phone.ext}` : ''}`;
}
