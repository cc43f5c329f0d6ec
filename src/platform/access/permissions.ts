/**
 * "Can do" is a role's matrix of module × action → scope. "Can see" follows from the view scope.
 * Built-in roles live here; the access-rights module lets admins copy and edit them (stored
 * matrices then override these by role key).
 */
export const MODULES = ['contacts', 'companies', 'deals', 'products', 'activities', 'reports', 'users', 'settings', 'audit'] as const;
// `bulk` gates changing or deleting many records in one action (with the edit or delete right on each):
// like export, it is how a base is damaged at scale, so it is a right of its own, off for managers.
export const ACTIONS = ['view', 'create', 'edit', 'delete', 'bulk', 'export', 'import', 'manage_settings'] as const;
export const SCOPES = ['none', 'own', 'department', 'all'] as const;

export type Module = (typeof MODULES)[number];
export type Action = (typeof ACTIONS)[number];
export type Scope = (typeof SCOPES)[number];
export type PermissionMatrix = Record<Module, Record<Action, Scope>>;

const SCOPE_RANK: Record<Scope, number> = { none: 0, own: 1, department: 2, all: 3 };

export function widerScope(a: Scope, b: Scope): Scope {
  return SCOPE_RANK[a] >= SCOPE_RANK[b] ? a : b;
}

function matrix(fill: (module: Module, action: Action) => Scope): PermissionMatrix {
  const out = {} as PermissionMatrix;
  for (const m of MODULES) {
    out[m] = {} as Record<Action, Scope>;
    for (const a of ACTIONS) out[m][a] = fill(m, a);
  }
  return out;
}

const CLIENT_MODULES: readonly Module[] = ['contacts', 'companies', 'deals', 'activities'];
const isClientModule = (m: Module) => CLIENT_MODULES.includes(m);

export const BUILT_IN_ROLES = {
  admin: matrix(() => 'all'),
  head_of_sales: matrix((m, a) => {
    if (isClientModule(m)) return a === 'manage_settings' ? 'none' : 'department';
    // The product catalog is shared: the head of sales keeps it; everyone who sells reads it.
    if (m === 'products') return ['view', 'create', 'edit', 'export'].includes(a) ? 'all' : 'none';
    if (m === 'reports') return a === 'view' || a === 'export' ? 'department' : 'none';
    if (m === 'users') return a === 'view' ? 'all' : 'none';
    return 'none';
  }),
  // Managers work their own clients; export, import and bulk actions are off by default (the owner's first fear).
  manager: matrix((m, a) => {
    if (isClientModule(m)) return ['view', 'create', 'edit', 'delete'].includes(a) ? 'own' : 'none';
    if (m === 'products') return a === 'view' ? 'all' : 'none';
    if (m === 'reports') return a === 'view' ? 'own' : 'none';
    if (m === 'users') return a === 'view' ? 'all' : 'none';
    return 'none';
  }),
  marketer: matrix((m, a) => {
    if (m === 'contacts' || m === 'companies') return ['view', 'export', 'import', 'create', 'edit', 'bulk'].includes(a) ? 'all' : 'none';
    if (m === 'products') return a === 'view' ? 'all' : 'none';
    if (m === 'reports') return a === 'view' ? 'all' : 'none';
    if (m === 'users') return a === 'view' ? 'all' : 'none';
    return 'none';
  }),
  support_agent: matrix((m, a) => {
    if (m === 'contacts' || m === 'companies') return a === 'view' ? 'all' : a === 'edit' || a === 'create' ? 'own' : 'none';
    if (m === 'products') return a === 'view' ? 'all' : 'none';
    if (m === 'activities') return ['view', 'create', 'edit'].includes(a) ? 'own' : 'none';
    if (m === 'users') return a === 'view' ? 'all' : 'none';
    return 'none';
  }),
  read_only: matrix((m, a) => (a === 'view' && m !== 'audit' && m !== 'settings' ? 'all' : 'none')),
} satisfies Record<string, PermissionMatrix>;

export type BuiltInRole = keyof typeof BUILT_IN_ROLES;

export function isBuiltInRole(role: string): role is BuiltInRole {
  return Object.prototype.hasOwnProperty.call(BUILT_IN_ROLES, role);
}

export function permissionsForRole(role: string): PermissionMatrix {
  return isBuiltInRole(role) ? BUILT_IN_ROLES[role] : BUILT_IN_ROLES.read_only;
}
