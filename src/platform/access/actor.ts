import type { Module, Action, PermissionMatrix, Scope } from './permissions.js';

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
}

export function scopeOf(actor: Actor, module: Module, action: Action): Scope {
  return actor.permissions[module][action];
}

export function isAdmin(actor: Actor): boolean {
  return actor.kind === 'system' || actor.role === 'admin';
}
