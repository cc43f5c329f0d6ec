import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost, type BodyOf, type ResponseOf } from '../../api/client';
import { sessionKeys } from '../account/account.api';

export type OidcProvider = ResponseOf<'/api/v1/oidc-providers', 'get'>['items'][number];
export type NewProviderInput = BodyOf<'/api/v1/oidc-providers', 'post'>;
export type ProviderPatch = BodyOf<'/api/v1/oidc-providers/{id}', 'patch'>;
export type SignInButton = ResponseOf<'/api/v1/auth/providers', 'get'>['items'][number];

/** The server's bounds of the sign-in policy (workspace-settings.ts), for hints and inputs. */
export const POLICY_LIMITS = {
  passwordMinLength: { min: 8, max: 128 },
  idleTimeoutMinutes: { min: 5, max: 43_200 },
  maxSessionAgeHours: { min: 1, max: 8_760 },
  maxSessionsPerUser: { min: 1, max: 100 },
} as const;

export const oidcKeys = {
  all: ['oidc-providers'] as const,
  buttons: ['oidc-providers', 'buttons'] as const,
};

/** The workspace's OpenID providers and the redirect URI to register at them (admins). */
export function useOidcProviders() {
  return useQuery({ queryKey: oidcKeys.all, queryFn: () => apiGet('/api/v1/oidc-providers') });
}

/** The enabled providers, as buttons on the sign-in page (no sign-in needed). */
export function useSignInButtons() {
  return useQuery({ queryKey: oidcKeys.buttons, queryFn: async () => (await apiGet('/api/v1/auth/providers')).items, staleTime: 60_000 });
}

export function useCreateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewProviderInput) => (await apiPost('/api/v1/oidc-providers', { body })).provider,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: oidcKeys.all }),
  });
}

export function useUpdateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: ProviderPatch }) => (await apiPatch('/api/v1/oidc-providers/{id}', { path: { id }, body })).provider,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: oidcKeys.all }),
  });
}

export function useDeleteProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete('/api/v1/oidc-providers/{id}', { path: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: oidcKeys.all }),
  });
}

/** "Sign out everywhere else": ends every session of yours but this one. */
export function useSignOutOthers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await apiPost('/api/v1/sessions/sign-out-others')).ended,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
