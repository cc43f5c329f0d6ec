import { isApiError } from '../../app/api';
import { useCurrentUser, type PermissionMatrix, type Scope } from '../../app/session';
import { useRoles } from '../roles/roles.api';

export interface Abilities {
  /** The signed-in user's scope for a module's action; `none` when unknown. */
  scope: (module: string, action: string) => Scope;
  can: (module: string, action: string) => boolean;
  /** Still finding out (roles are loading). */
  pending: boolean;
}

const NONE: PermissionMatrix = {};

/**
 * What the signed-in user's role allows. Uses the matrix in the profile when the server sends it,
 * else the user's role from `/api/v1/roles`; when that list is refused (403) nothing beyond the
 * user's own account is shown, and each screen still copes with a 403 of its own.
 */
export function useAbilities(): Abilities {
  const me = useCurrentUser();
  const roles = useRoles(!me.permissions);
  let matrix: PermissionMatrix = NONE;
  if (me.permissions) matrix = me.permissions;
  else if (roles.data) matrix = roles.data.items.find((role) => role.key === me.role)?.permissions ?? NONE;
  const pending = !me.permissions && roles.isPending && !isApiError(roles.error);
  const scope = (module: string, action: string): Scope => matrix[module]?.[action] ?? 'none';
  return { scope, can: (module, action) => scope(module, action) !== 'none', pending };
}
