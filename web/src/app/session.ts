import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, type ResponseOf } from '../api/client';
import { isApiError } from './api';

/** The signed-in user as `GET /api/v1/me` answers it. */
export type Me = ResponseOf<'/api/v1/me', 'get'>['user'];
export type Workspace = Me['workspace'];
/** module → action → scope, as roles define it. */
export type PermissionMatrix = Me['permissions'];
export type Scope = PermissionMatrix[string][string];

export const setupKeys = { all: ['setup'] as const };
export const meKeys = { all: ['me'] as const };

export function useSetupStatus() {
  return useQuery({
    queryKey: setupKeys.all,
    queryFn: () => apiGet('/api/v1/setup'),
    staleTime: Infinity,
  });
}

/** The signed-in user, or `null` when nobody is signed in (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const { user } = await apiGet('/api/v1/me');
    return user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe(enabled = true) {
  return useQuery({ queryKey: meKeys.all, queryFn: fetchMe, enabled, staleTime: 60_000 });
}

/** The signed-in user; only for screens rendered behind the sign-in gate. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser() used outside the signed-in area');
  return data;
}

/** Puts the signed-in user (or nobody, `null`) into the cache, e.g. after signing in or out. */
export function useSetMe() {
  const queryClient = useQueryClient();
  return (me: Me | null) => queryClient.setQueryData(meKeys.all, me);
}

/** Remembers that the install is set up, so the setup screen is no longer offered. */
export function useMarkSetUp() {
  const queryClient = useQueryClient();
  return () => queryClient.setQueryData(setupKeys.all, { needed: false });
}

/** Forgets everything cached for the signed-in user (signed out, or their session ended): the sign-in screen takes over. */
export function useForgetSession() {
  const queryClient = useQueryClient();
  return () => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== setupKeys.all[0] });
    queryClient.setQueryData(meKeys.all, null);
  };
}
