import { registerEntityType } from '../../platform/entities/registry.js';
import { countClientsOwned, transferClientsChunk } from '../contacts/client-transfer.js';
import { AppError } from '../../platform/errors.js';
import { COMPANY } from '../contacts/client-kind.js';
import {
  assertRestorable, commonInputFromVersion, deletedIdsBefore, findSummary, listDeletedSummaries, purgeClient, restoreDeletedClient, transferClients,
} from '../contacts/client-trash.js';
import { updateCompanyInput } from './companies.schema.js';
import * as companiesService from './companies.service.js';

// Companies keep history, a trash and follow their owner's records on a transfer.
registerEntityType({
  type: 'company',
  module: 'companies',
  find: (db, actor, id, action) => findSummary(db, actor, COMPANY, id, action),
  // The old version's fields come back as a new version, checked like an edit.
  async restoreVersion(trx, actor, id, data, expectedVersion) {
    await assertRestorable(trx, COMPANY, actor.workspaceId, id);
    const input = updateCompanyInput.safeParse({
      name: data.name,
      legalName: data.legal_name ?? null,
      taxId: data.tax_id ?? null,
      industry: data.industry ?? null,
      size: data.size ?? null,
      ...(await commonInputFromVersion(trx, actor, COMPANY, data)),
      version: expectedVersion,
    });
    if (!input.success) throw new AppError('validation_failed', 'That version cannot be restored', { version: 'invalid' });
    await companiesService.updateCompany(trx, actor, id, input.data, 'rollback');
  },
  listDeleted: (db, actor, limit) => listDeletedSummaries(db, actor, COMPANY, limit),
  restoreDeleted: (trx, actor, id) => restoreDeletedClient(trx, actor, COMPANY, id),
  purge: (trx, actor, id) => purgeClient(trx, actor, COMPANY, id),
  deletedBefore: (db, workspaceId, before, limit) => deletedIdsBefore(db, COMPANY, workspaceId, before, limit),
  transferOwnership: (trx, actor, fromUserId, toUserId) => transferClients(trx, actor, COMPANY, fromUserId, toUserId),
  countOwned: (db, workspaceId, userId) => countClientsOwned(db, COMPANY, workspaceId, userId),
  transferChunk: (trx, actor, fromUserId, toUserId, limit) => transferClientsChunk(trx, actor, COMPANY, fromUserId, toUserId, limit),
});
