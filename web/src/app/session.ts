import { useQuery } from '@tanstack/react-query';
import type { Locale } from '../i18n/i18n';
import { api, isApiError } from './api';

export interface Workspace {
  id: string;
  name: string;
  defaultCurrency: string;
  defaultCountry: string;
  timeZone: string;
}

export type Scope = 'none' | 'own' | 'department' | 'all';
/** module → action → scope, as roles define it. */
export type PermissionMatrix = Record<string, Record<string, Scope>>;

export interface Me {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  timeZone: string;
  role: string;
  version: number;
  workspace: Workspace;
  /** Added with access rights; absent on older servers. */
  roleName?: string;
  departmentId?: string | null;
  twoFactorEnabled?: boolean;
  /** The role requires two-factor sign-in and this user has not set it up: only setup is allowed. */
  twoFactorSetupRequired?: boolean;
  /** The role's matrix, when the server sends it with the profile. */
  permissions?: PermissionMatrix;
}

export const setupKey = ['setup'] as const;
export const meKey = ['me'] as const;

export function useSetupStatus() {
  return useQuery({
    queryKey: setupKey,
    queryFn: () => api<{ needed: boolean }>('GET', '/api/v1/setup'),
    staleTime: Infinity,
  });
}

/** The signed-in user, or `null` when nobody is signed in (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const { user } = await api<{ user: Me }>('GET', '/api/v1/me');
    return user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe(enabled = true) {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, enabled, staleTime: 60_000 });
}

/** The signed-in user; only for screens rendered behind the sign-in gate. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser() used outside the signed-in area');
  return data;
}
