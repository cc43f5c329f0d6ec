import type { DepartmentWithCount } from './departments.service.js';
import type { DepartmentOutput } from './departments.schema.js';

export function presentDepartment(department: DepartmentWithCount): DepartmentOutput {
  return {
    id: department.id,
    name: department.name,
    parentId: department.parent_id,
    headUserId: department.head_user_id,
    userCount: department.user_count,
    version: department.version,
  };
}
