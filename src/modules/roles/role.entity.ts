import { registerEntityType } from '../../platform/entities/registry.js';
import { AppError } from '../../platform/errors.js';
import * as rolesService from './roles.service.js';
import * as rolesTrash from './roles-trash.service.js';

// Roles keep history so an admin can put back a matrix someone broke.
registerEntityType({
  type: 'role',
  module: 'users',
  async find(db, actor, id) {
    const role = await rolesService.findRole(db, actor, id);
    if (role) return { id: role.id, title: role.name, version: role.version, deletedAt: null, deletedBy: null };
    const deleted = await rolesTrash.findDeletedRole(db, actor, id);
    return deleted && { id: deleted.id, title: deleted.name, version: deleted.version, deletedAt: deleted.deleted_at, deletedBy: null };
  },
  async restoreVersion(trx, actor, id, data, expectedVersion) {
    const permissions = data.permissions;
    if (typeof data.name !== 'string' || typeof permissions !== 'object' || permissions === null) {
      throw new AppError('validation_failed', 'That version cannot be restored', { version: 'invalid' });
    }
    const role = await rolesService.findRole(trx, actor, id);
    await rolesService.updateRole(trx, actor, id, {
      name: data.name,
      description: (data.description as string | null) ?? null,
      permissions: role?.key === 'admin' ? undefined : (permissions as never),
      requireTwoFactor: data.require_two_factor === 1,
      ...(role?.key === 'admin' ? {} : { dealPipelineIds: Array.isArray(data.deal_pipeline_ids) && data.deal_pipeline_ids.length > 0 ? data.deal_pipeline_ids.map(String) : null }),
      version: expectedVersion,
    }, 'rollback');
  },
  async listDeleted(db, actor, limit) {
    return (await rolesTrash.listDeletedRoles(db, actor, limit)).map((r) => ({ id: r.id, title: r.name, version: r.version, deletedAt: r.deleted_at, deletedBy: null }));
  },
  restoreDeleted: (trx, actor, id) => rolesTrash.restoreDeletedRole(trx, actor, id),
  purge: (trx, actor, id) => rolesTrash.purgeRole(trx, actor, id),
  deletedBefore: (db, workspaceId, before, limit) => rolesTrash.deletedRoleIdsBefore(db, workspaceId, before, limit),
});
