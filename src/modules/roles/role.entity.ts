import { registerEntityType } from '../../platform/entities/registry.js';
import { AppError } from '../../platform/errors.js';
import * as rolesService from './roles.service.js';

// Roles keep history so an admin can put back a matrix someone broke.
registerEntityType({
  type: 'role',
  module: 'users',
  async find(db, actor, id) {
    const role = await rolesService.findRole(db, actor, id);
    return role && { id: role.id, title: role.name, version: role.version, deletedAt: null, deletedBy: null };
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
      version: expectedVersion,
    }, 'rollback');
  },
});
