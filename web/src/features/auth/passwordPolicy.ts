import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client';

/** The server's default minimum, used until the policy has loaded (and at first-run setup). */
export const DEFAULT_PASSWORD_MIN = 10;

/**
 * The password policy a form tells before submit (`GET /api/v1/auth/password-policy`): of the
 * invite or reset token's workspace, else the signed-in user's. Answers the default minimum while loading.
 */
export function usePasswordPolicy(token?: string): { minLength: number; refusesCommon: boolean } {
  const query = useQuery({
    queryKey: ['password-policy', token ?? null],
    queryFn: () => apiGet('/api/v1/auth/password-policy', { query: token ? { token } : {} }),
    staleTime: 60_000,
  });
  return query.data ?? { minLength: DEFAULT_PASSWORD_MIN, refusesCommon: true };
}

/** Counted in code points, as the server counts (an emoji is one character). */
export function isTooShort(password: string, minLength: number): boolean {
  return [...password].length < minLength;
}
