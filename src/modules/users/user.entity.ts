import { scopeOf } from '../../platform/access/actor.js';
import { registerEntityType } from '../../platform/entities/registry.js';
import { AppError } from '../../platform/errors.js';
import * as usersService from './users.service.js';
import { updateUserByAdmin } from './users-admin.service.js';

const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

// Users keep history so an admin can see who changed a role or an email, and put it back.
registerEntityType({
  type: 'user',
  module: 'users',
  async find(db, actor, id) {
    if (scopeOf(actor, 'users', 'view') === 'none') return undefined;
    const user = await usersService.findUser(db, actor.workspaceId, id);
    return user && { id: user.id, title: user.name, version: user.version, deletedAt: user.deleted_at, deletedBy: null };
  },
  // Only what an admin edits comes back: never a password, a second factor or a session.
  async restoreVersion(trx, actor, id, data, expectedVersion) {
    const departmentId = data.department_id ?? null;
    if (!text(data.name) || !text(data.email) || !text(data.role) || !(departmentId === null || text(departmentId))) {
      throw new AppError('validation_failed', 'That version cannot be restored', { version: 'invalid' });
    }
    await updateUserByAdmin(trx, actor, id, { name: data.name, email: data.email, role: data.role, departmentId, version: expectedVersion }, 'rollback');
  },
});
