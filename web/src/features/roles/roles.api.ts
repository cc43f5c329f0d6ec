import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Scope } from '../../app/session';
import { apiDelete, apiGet, apiPatch, apiPost, type BodyOf, type ResponseOf } from '../../api/client';

const SCOPES: readonly string[] = ['none', 'own', 'department', 'all'] satisfies Scope[];

// The server's schema types `scopes` as plain strings; they are the scopes of a permission matrix.
export type RolesAnswer = Omit<ResponseOf<'/api/v1/roles', 'get'>, 'scopes'> & { scopes: Scope[] };
export type Role = RolesAnswer['items'][number];
export type RoleInput = BodyOf<'/api/v1/roles/{id}', 'patch'>;
export type NewRoleInput = BodyOf<'/api/v1/roles', 'post'>;

export const roleKeys = {
  all: ['roles'] as const,
};

export async function fetchRoles(): Promise<RolesAnswer> {
  const answer = await apiGet('/api/v1/roles');
  return { ...answer, scopes: answer.scopes.filter((scope): scope is Scope => SCOPES.includes(scope)) };
}

export function useRoles(enabled = true) {
  return useQuery({ queryKey: roleKeys.all, queryFn: fetchRoles, enabled, staleTime: 30_000 });
}

/** Reloads the roles (after a restore from history, or a conflict). */
export function useReloadRoles() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: roleKeys.all });
}

export function useCreateRole() {
  const reload = useReloadRoles();
  return useMutation({
    mutationFn: async (input: NewRoleInput) => (await apiPost('/api/v1/roles', { body: input })).role,
    onSuccess: () => reload(),
  });
}

export function useUpdateRole() {
  const reload = useReloadRoles();
  return useMutation({
    mutationFn: async ({ id, ...input }: RoleInput & { id: string }) => (await apiPatch('/api/v1/roles/{id}', { path: { id }, body: input })).role,
    onSuccess: () => reload(),
  });
}

export function useDeleteRole() {
  const reload = useReloadRoles();
  return useMutation({
    mutationFn: (id: string) => apiDelete('/api/v1/roles/{id}', { path: { id } }),
    onSuccess: () => reload(),
  });
}
