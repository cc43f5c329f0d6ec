import type { FieldRights } from './field-rights.js';
import { ACTIONS, MODULES, type Module, type Action, type PermissionMatrix, type Scope } from './permissions.js';

/** Where a request came from; carried into the audit log. */
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** Who is acting. Built once per request by the auth plugin (or by the CLI for system work). */
export interface Actor extends RequestContext {
  kind: 'user' | 'system';
  workspaceId: string;
  /** null for the system actor (jobs, CLI). */
  userId: string | null;
  role: string;
  departmentId: string | null;
  /** The actor's department and every department below it: the reach of a `department` scope. */
  departmentIds: readonly string[];
  permissions: PermissionMatrix;
  locale: string;
  timeZone: string;
  /**
   * Set when the request came with a personal API token: its scopes (`contacts:read`, ...). The
   * role's rights are then narrowed to what the scopes allow (see `tokenAllows`). Absent or null
   * for the web app's session and for system work.
   */
  tokenScopes?: readonly string[] | null;
  /**
   * Rows of a module narrowed beyond the owner rule, by the role: e.g. deals to the role's
   * pipelines (`{ deals: { column: 'pipeline_id', ids } }`). Absent: no narrowing. Applied by the
   * one visibility helper (`visibleTo`, `canReach`).
   */
  narrowing?: Partial<Record<Module, RecordNarrowing>>;
  /**
   * The role's field rights: per record type, the fields it does not show as they are (`masked`,
   * `read_only`, `hidden`); a field left out is visible. Absent: every field visible (decision 0027).
   */
  fieldRights?: FieldRights;
  /**
   * Record types with records shared with this user (decision 0027): only for these does the one
   * visibility helper add its sharing branch, so a user nobody shared with pays nothing for it.
   */
  sharedTypes?: readonly string[];
  /** Whether the role demands two-factor sign-in; absent when whoever built the actor did not look. */
  requireTwoFactor?: boolean;
}

/** A module's records the actor reaches only when `column` holds one of `ids`. */
export interface RecordNarrowing {
  column: string;
  ids: readonly string[];
}

/** API token scope levels and the actions each grants on its module. */
export const TOKEN_SCOPE_LEVELS = {
  read: ['view', 'export'],
  // Every change first finds the record through the view filter, so writing implies seeing.
  write: ['view', 'create', 'edit', 'delete', 'bulk', 'import'],
  admin: ['manage_settings'],
} as const satisfies Record<string, readonly Action[]>;
export type TokenScopeLevel = keyof typeof TOKEN_SCOPE_LEVELS;

/** Every scope a token may carry: `<module>:read`, `<module>:write`, `<module>:admin`. */
export const TOKEN_SCOPES: readonly string[] = MODULES.flatMap((m) => Object.keys(TOKEN_SCOPE_LEVELS).map((level) => `${m}:${level}`));

/** Whether any of a token's scopes grants the action on the module. */
export function tokenAllows(scopes: readonly string[], module: Module, action: Action): boolean {
  return scopes.some((scope) => {
    const [m, level] = scope.split(':');
    if (m !== module || !level || !Object.prototype.hasOwnProperty.call(TOKEN_SCOPE_LEVELS, level)) return false;
    return (TOKEN_SCOPE_LEVELS[level as TokenScopeLevel] as readonly Action[]).includes(action);
  });
}

/** The role's matrix with every cell a token's scopes do not grant set to `none`. */
export function narrowByTokenScopes(permissions: PermissionMatrix, scopes: readonly string[]): PermissionMatrix {
  const out = {} as PermissionMatrix;
  for (const m of MODULES) {
    out[m] = {} as Record<Action, Scope>;
    for (const a of ACTIONS) out[m][a] = tokenAllows(scopes, m, a) ? permissions[m][a] : 'none';
  }
  return out;
}

export function scopeOf(actor: Actor, module: Module, action: Action): Scope {
  if (actor.tokenScopes && !tokenAllows(actor.tokenScopes, module, action)) return 'none';
  return actor.permissions[module][action];
}

/** The system, or an administrator signed in for real: a token never acts as an administrator beyond its scopes. */
export function isAdmin(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.role === 'admin' && !actor.tokenScopes);
}
