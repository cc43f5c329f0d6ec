import { z } from 'zod';
import { requiredText } from '../../platform/schemas.js';
import { refId, versionSchema } from '../users/users-admin.schema.js';

const departmentName = requiredText(200);

export const createDepartmentInput = z.strictObject({
  name: departmentName,
  parentId: refId.nullable().optional(),
  headUserId: refId.nullable().optional(),
});
export type CreateDepartmentInput = z.infer<typeof createDepartmentInput>;

export const updateDepartmentInput = z.strictObject({
  name: departmentName.optional(),
  parentId: refId.nullable().optional(),
  headUserId: refId.nullable().optional(),
  version: versionSchema,
});
export type UpdateDepartmentInput = z.infer<typeof updateDepartmentInput>;

export const departmentOutput = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  headUserId: z.string().nullable(),
  userCount: z.number().int(),
  version: z.number().int(),
});
export type DepartmentOutput = z.infer<typeof departmentOutput>;

export const departmentResult = z.object({ department: departmentOutput });
export const departmentsListOutput = z.object({ items: z.array(departmentOutput) });
