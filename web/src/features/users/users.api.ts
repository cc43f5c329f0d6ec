import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, type BodyOf, type QueryOf, type ResponseOf } from '../../api/client';
import { meKeys } from '../../app/session';

export type UserAdmin = ResponseOf<'/api/v1/users/{id}', 'patch'>['user'];
export type UserStatusFilter = NonNullable<NonNullable<QueryOf<'/api/v1/users', 'get'>>['status']>;
export type CreateUserInput = BodyOf<'/api/v1/users', 'post'>;
export type UpdateUserInput = BodyOf<'/api/v1/users/{id}', 'patch'>;
/** A one-time link to choose a password, and when it stops working. */
export type InviteLink = ResponseOf<'/api/v1/users/{id}/invite-link', 'post'>;

export interface UsersFilter {
  status: UserStatusFilter;
  departmentId?: string | null;
  q?: string;
}

export const userKeys = {
  all: ['users'] as const,
  list: (filter: UsersFilter) => [...userKeys.all, filter] as const,
};

export async function fetchUsers(filter: UsersFilter): Promise<UserAdmin[]> {
  const query = { status: filter.status, departmentId: filter.departmentId || undefined, q: filter.q?.trim() || undefined };
  return (await apiGet('/api/v1/users', { query })).items;
}

export function useUsers(filter: UsersFilter, enabled = true) {
  return useQuery({
    queryKey: userKeys.list(filter),
    queryFn: () => fetchUsers(filter),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Everyone in the workspace, active or not, for names in pickers, lists and history. */
export function useAllUsers(enabled = true) {
  return useUsers({ status: 'all' }, enabled);
}

/** Reloads the people (after a restore from history, or a conflict). */
export function useReloadUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userKeys.all });
}

export function useCreateUser() {
  const reload = useReloadUsers();
  return useMutation({
    mutationFn: async (input: CreateUserInput) => (await apiPost('/api/v1/users', { body: input })).user,
    onSuccess: () => reload(),
  });
}

/** Changes a person; when it is the signed-in user, their profile reloads too. */
export function useUpdateUser(meId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: UpdateUserInput }) => (await apiPatch('/api/v1/users/{id}', { path: { id }, body: input })).user,
    onSuccess: async (_user, { id }) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      if (id === meId) await queryClient.invalidateQueries({ queryKey: meKeys.all });
    },
  });
}

export type UserCommand = 'deactivate' | 'activate' | 'unblock' | 'reset-two-factor' | 'sign-out-everywhere' | 'reset-password';

/** The account actions on a person (deactivate, unblock, sign out everywhere...); the people reload after each. */
export function useUserCommand() {
  const reload = useReloadUsers();
  return useMutation({
    mutationFn: async ({ user, command }: { user: UserAdmin; command: UserCommand }) => {
      const path = { id: user.id };
      if (command === 'sign-out-everywhere') await apiPost('/api/v1/users/{id}/sign-out-everywhere', { path });
      else if (command === 'reset-password') await apiPost('/api/v1/users/{id}/reset-password', { path });
      else await apiPost(`/api/v1/users/{id}/${command}`, { path, body: { version: user.version } });
    },
    onSuccess: () => reload(),
  });
}

/** Issues a fresh invitation link for a pending user (administrators only); earlier links stop working. */
export function useIssueInviteLink() {
  return useMutation({
    mutationFn: (id: string) => apiPost('/api/v1/users/{id}/invite-link', { path: { id } }),
  });
}
