import { z } from 'zod';
import { ACTIONS, MODULES, SCOPES } from '../../platform/access/permissions.js';
import { FIELD_RIGHTS } from '../../platform/access/field-rights.js';
import { optionalText, requiredText, UUID_PATTERN } from '../../platform/schemas.js';

const scope = z.enum(SCOPES);
const actionsRow = z.strictObject(Object.fromEntries(ACTIONS.map((a) => [a, scope.optional()])) as Record<(typeof ACTIONS)[number], z.ZodOptional<typeof scope>>);

/** A full or partial matrix: cells left out keep their current (or copied) value. */
export const permissionsInput = z.strictObject(
  Object.fromEntries(MODULES.map((m) => [m, actionsRow.optional()])) as Record<(typeof MODULES)[number], z.ZodOptional<typeof actionsRow>>,
);
export type PermissionsInput = z.infer<typeof permissionsInput>;

const roleName = requiredText(100);
/** The pipelines the role's deal rights reach; null: every pipeline. */
const dealPipelineIds = z.array(z.string().regex(UUID_PATTERN, 'not_found')).min(1, 'required').max(50, 'too_many').nullable().optional();

/**
 * Field rights (decision 0027): record type → field (`phones`, `custom.<key>`) → right. A type or
 * field left out keeps its current rights on update; `visible` clears a field's right; null clears all.
 */
const fieldRights = z.record(z.string().max(60), z.record(z.string().max(80), z.enum(FIELD_RIGHTS)))
  .nullable().optional()
  .describe('Per record type and field: visible | masked | read_only | hidden');

export const createRoleInput = z.strictObject({
  name: roleName,
  description: optionalText(500, { multiline: true }),
  // Not an id names no role: refused here, before it reaches PostgreSQL's uuid column.
  copyFromId: z.string().regex(UUID_PATTERN, 'not_found').optional(),
  permissions: permissionsInput.optional(),
  requireTwoFactor: z.boolean().optional(),
  dealPipelineIds,
  fieldRights,
});
export type CreateRoleInput = z.infer<typeof createRoleInput>;

export const updateRoleInput = z.strictObject({
  name: roleName.optional(),
  description: optionalText(500, { multiline: true }),
  permissions: permissionsInput.optional(),
  requireTwoFactor: z.boolean().optional(),
  dealPipelineIds,
  fieldRights,
  version: z.number().int().positive(),
});
export type UpdateRoleInput = z.infer<typeof updateRoleInput>;

export const roleOutput = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  isBuiltIn: z.boolean(),
  permissions: z.record(z.string(), z.record(z.string(), scope)),
  requireTwoFactor: z.boolean(),
  /** The pipelines the role's deal rights reach; null: every pipeline. */
  dealPipelineIds: z.array(z.string()).nullable(),
  /** Field rights other than visible: record type → field → right. */
  fieldRights: z.record(z.string(), z.record(z.string(), z.enum(FIELD_RIGHTS))),
  userCount: z.number().int(),
  version: z.number().int(),
});

export { idParams as roleIdParams } from '../../platform/schemas.js';
