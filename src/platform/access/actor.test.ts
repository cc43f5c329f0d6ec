import { describe, expect, it } from 'vitest';
import { isAdmin, narrowByTokenScopes, scopeOf, tokenAllows, TOKEN_SCOPES, type Actor } from './actor.js';
import { authorize } from './authorize.js';
import { permissionsForRole } from './permissions.js';

function actor(role: string, tokenScopes?: string[]): Actor {
  return {
    kind: 'user', workspaceId: 'w', userId: 'u', role, departmentId: null, departmentIds: [], permissions: permissionsForRole(role),
    locale: 'en', timeZone: 'UTC', ip: null, userAgent: null, requestId: null, tokenScopes,
  };
}

describe('API token scopes', () => {
  it('grant read → view/export, write → view and changes, admin → manage_settings, per module', () => {
    expect(tokenAllows(['contacts:read'], 'contacts', 'view')).toBe(true);
    expect(tokenAllows(['contacts:read'], 'contacts', 'export')).toBe(true);
    expect(tokenAllows(['contacts:read'], 'contacts', 'edit')).toBe(false);
    expect(tokenAllows(['contacts:read'], 'deals', 'view')).toBe(false);
    for (const action of ['view', 'create', 'edit', 'delete', 'import'] as const) expect(tokenAllows(['deals:write'], 'deals', action)).toBe(true);
    expect(tokenAllows(['deals:write'], 'deals', 'export')).toBe(false);
    expect(tokenAllows(['deals:write'], 'deals', 'manage_settings')).toBe(false);
    expect(tokenAllows(['settings:admin'], 'settings', 'manage_settings')).toBe(true);
    expect(tokenAllows(['contacts:everything', 'contacts'], 'contacts', 'view')).toBe(false);
    expect(TOKEN_SCOPES).toContain('audit:read');
  });

  it('narrow the role, never widen it, and a token never counts as an administrator', () => {
    const manager = actor('manager', ['contacts:read', 'settings:admin']);
    expect(scopeOf(manager, 'contacts', 'view')).toBe('own');
    expect(scopeOf(manager, 'contacts', 'edit')).toBe('none');
    expect(scopeOf(manager, 'settings', 'manage_settings')).toBe('none');
    expect(() => authorize(manager, 'contacts', 'create')).toThrow(/no right/);
    expect(narrowByTokenScopes(permissionsForRole('admin'), ['contacts:read']).deals.view).toBe('none');
    expect(isAdmin(actor('admin'))).toBe(true);
    expect(isAdmin(actor('admin', ['users:admin']))).toBe(false);
    expect(scopeOf(actor('admin', []), 'contacts', 'view')).toBe('none');
  });
});
