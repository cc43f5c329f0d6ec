import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { PermissionMatrix, Scope } from '../../app/session';

export interface Role {
  id: string;
  key: string;
  name: string;
  description: string | null;
  isBuiltIn: boolean;
  permissions: PermissionMatrix;
  requireTwoFactor: boolean;
  userCount: number;
  version: number;
}

export interface RolesAnswer {
  items: Role[];
  modules: string[];
  actions: string[];
  scopes: Scope[];
}

export interface RoleInput {
  name?: string;
  description?: string | null;
  permissions?: PermissionMatrix;
  requireTwoFactor?: boolean;
}

export const rolesKey = ['roles'] as const;

export function fetchRoles(): Promise<RolesAnswer> {
  return api<RolesAnswer>('GET', '/api/v1/roles');
}

export function useRoles(enabled = true) {
  return useQuery({ queryKey: rolesKey, queryFn: fetchRoles, enabled, staleTime: 30_000 });
}

export async function createRole(input: RoleInput & { name: string; copyFromId?: string }): Promise<Role> {
  return (await api<{ role: Role }>('POST', '/api/v1/roles', input)).role;
}

export async function updateRole(id: string, input: RoleInput & { version: number }): Promise<Role> {
  return (await api<{ role: Role }>('PATCH', `/api/v1/roles/${id}`, input)).role;
}

export async function deleteRole(id: string): Promise<void> {
  await api<void>('DELETE', `/api/v1/roles/${id}`);
}
