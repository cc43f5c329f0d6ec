import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export interface UserAdmin {
  id: string;
  name: string;
  email: string;
  role: string;
  roleName: string;
  departmentId: string | null;
  isActive: boolean;
  blocked: { at: string; reason: string | null } | null;
  twoFactorEnabled: boolean;
  /** Invited and has not chosen a password yet. */
  invitePending: boolean;
  lastSignInAt: string | null;
  createdAt: string;
  version: number;
}

export type UserStatusFilter = 'active' | 'deactivated' | 'all';

export interface UsersFilter {
  status: UserStatusFilter;
  departmentId?: string | null;
  q?: string;
}

export interface CreateUserInput {
  name: string;
  email: string;
  role: string;
  departmentId?: string | null;
  password?: string;
}

export interface UpdateUserInput {
  name?: string;
  email?: string;
  role?: string;
  departmentId?: string | null;
  version: number;
}

export const usersKey = ['users'] as const;

function query(filter: UsersFilter): string {
  const params = new URLSearchParams({ status: filter.status });
  if (filter.departmentId) params.set('departmentId', filter.departmentId);
  if (filter.q?.trim()) params.set('q', filter.q.trim());
  return params.toString();
}

export async function fetchUsers(filter: UsersFilter): Promise<UserAdmin[]> {
  return (await api<{ items: UserAdmin[] }>('GET', `/api/v1/users?${query(filter)}`)).items;
}

export function useUsers(filter: UsersFilter, enabled = true) {
  return useQuery({
    queryKey: [...usersKey, filter],
    queryFn: () => fetchUsers(filter),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Everyone in the workspace, active or not, for names in pickers, lists and history. */
export function useAllUsers(enabled = true) {
  return useUsers({ status: 'all' }, enabled);
}

export async function createUser(input: CreateUserInput): Promise<UserAdmin> {
  return (await api<{ user: UserAdmin }>('POST', '/api/v1/users', input)).user;
}

export async function updateUser(id: string, input: UpdateUserInput): Promise<UserAdmin> {
  return (await api<{ user: UserAdmin }>('PATCH', `/api/v1/users/${id}`, input)).user;
}

export type UserCommand = 'deactivate' | 'activate' | 'unblock' | 'reset-two-factor';

export async function runUserCommand(user: UserAdmin, command: UserCommand): Promise<UserAdmin> {
  return (await api<{ user: UserAdmin }>('POST', `/api/v1/users/${user.id}/${command}`, { version: user.version })).user;
}

export async function signOutEverywhere(id: string): Promise<void> {
  await api<void>('POST', `/api/v1/users/${id}/sign-out-everywhere`, {});
}

export async function resetPassword(id: string): Promise<void> {
  await api<void>('POST', `/api/v1/users/${id}/reset-password`, {});
}

/** A one-time link to choose a password, and when it stops working. */
export interface InviteLink {
  link: string;
  expiresAt: string;
}

/** Issues a fresh invitation link for a pending user (administrators only); earlier links stop working. */
export async function issueInviteLink(id: string): Promise<InviteLink> {
  return api<InviteLink>('POST', `/api/v1/users/${id}/invite-link`, {});
}

export async function transferRecords(id: string, toUserId: string): Promise<Record<string, number>> {
  return (await api<{ moved: Record<string, number> }>('POST', `/api/v1/users/${id}/transfer`, { toUserId })).moved;
}
