import { scopeOf } from '../../platform/access/actor.js';
import { registerEntityType, type EntitySummary } from '../../platform/entities/registry.js';
import { AppError } from '../../platform/errors.js';
import { deletedRecordError } from '../history/history.errors.js';
import * as departmentsService from './departments.service.js';

const idOrNull = (value: unknown): value is string | null => value === null || (typeof value === 'string' && value.length > 0);

function summary(department: departmentsService.Department): EntitySummary {
  return { id: department.id, title: department.name, version: department.version, deletedAt: department.deleted_at, deletedBy: null };
}

// Departments keep history and a trash so a reorganisation can be read back and undone.
registerEntityType({
  type: 'department',
  module: 'users',
  async find(db, actor, id) {
    if (scopeOf(actor, 'users', 'view') === 'none') return undefined;
    const department = await departmentsService.findDepartmentWithDeleted(db, actor.workspaceId, id);
    return department && summary(department);
  },
  // The name, parent and head come back, checked like an edit (a parent that became a descendant is a cycle).
  async restoreVersion(trx, actor, id, data, expectedVersion) {
    const parentId = data.parent_id ?? null;
    const headUserId = data.head_user_id ?? null;
    if (typeof data.name !== 'string' || !data.name.trim() || !idOrNull(parentId) || !idOrNull(headUserId)) {
      throw new AppError('validation_failed', 'That version cannot be restored', { version: 'invalid' });
    }
    if ((await departmentsService.findDepartmentWithDeleted(trx, actor.workspaceId, id))?.deleted_at) throw deletedRecordError();
    await departmentsService.updateDepartment(trx, actor, id, { name: data.name, parentId, headUserId, version: expectedVersion }, 'rollback');
  },
  async listDeleted(db, actor, limit) {
    return (await departmentsService.listDeletedDepartments(db, actor, limit)).map(summary);
  },
  async restoreDeleted(trx, actor, id) {
    await departmentsService.restoreDeletedDepartment(trx, actor, id);
  },
  purge: (trx, actor, id) => departmentsService.purgeDepartment(trx, actor, id),
  deletedBefore: (db, workspaceId, before, limit) => departmentsService.deletedDepartmentIdsBefore(db, workspaceId, before, limit),
});
