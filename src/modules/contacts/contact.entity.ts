import { registerEntityType } from '../../platform/entities/registry.js';
import { countClientsOwned, transferClientsChunk } from './client-transfer.js';
import { AppError } from '../../platform/errors.js';
import { CONTACT } from './client-kind.js';
import {
  assertRestorable, commonInputFromVersion, deletedIdsBefore, findSummary, listDeletedSummaries, purgeClient, restoreDeletedClient, transferClients,
} from './client-trash.js';
import { updateContactInput } from './contacts.schema.js';
import * as contactsService from './contacts.service.js';

// Contacts keep history, a trash and follow their owner's records on a transfer.
registerEntityType({
  type: 'contact',
  module: 'contacts',
  find: (db, actor, id, action) => findSummary(db, actor, CONTACT, id, action),
  // The old version's fields come back as a new version, checked like an edit.
  async restoreVersion(trx, actor, id, data, expectedVersion) {
    await assertRestorable(trx, CONTACT, actor.workspaceId, id);
    const input = updateContactInput.safeParse({
      firstName: data.first_name ?? null,
      middleName: data.middle_name ?? null,
      lastName: data.last_name ?? null,
      displayName: data.display_name ?? null,
      position: data.position ?? null,
      birthday: data.birthday ?? null,
      status: data.status ?? 'lead',
      ...(await commonInputFromVersion(trx, actor, CONTACT, data)),
      version: expectedVersion,
    });
    if (!input.success) throw new AppError('validation_failed', 'That version cannot be restored', { version: 'invalid' });
    await contactsService.updateContact(trx, actor, id, input.data, 'rollback');
  },
  listDeleted: (db, actor, limit) => listDeletedSummaries(db, actor, CONTACT, limit),
  restoreDeleted: (trx, actor, id) => restoreDeletedClient(trx, actor, CONTACT, id),
  purge: (trx, actor, id) => purgeClient(trx, actor, CONTACT, id),
  deletedBefore: (db, workspaceId, before, limit) => deletedIdsBefore(db, CONTACT, workspaceId, before, limit),
  transferOwnership: (trx, actor, fromUserId, toUserId) => transferClients(trx, actor, CONTACT, fromUserId, toUserId),
  countOwned: (db, workspaceId, userId) => countClientsOwned(db, CONTACT, workspaceId, userId),
  transferChunk: (trx, actor, fromUserId, toUserId, limit) => transferClientsChunk(trx, actor, CONTACT, fromUserId, toUserId, limit),
});
