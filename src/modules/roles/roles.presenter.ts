import type { z } from 'zod';
import type { roleOutput } from './roles.schema.js';
import type { Role } from './roles.service.js';

export function presentRole(role: Role, userCount: number): z.infer<typeof roleOutput> {
  return {
    id: role.id,
    key: role.key,
    name: role.name,
    description: role.description,
    isBuiltIn: role.isBuiltIn,
    permissions: role.permissions,
    requireTwoFactor: role.requireTwoFactor,
    dealPipelineIds: role.dealPipelineIds,
    fieldRights: role.fieldRights,
    userCount,
    version: role.version,
  };
}
