import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost, type BodyOf, type ResponseOf } from '../../api/client';
import { useSetMe, type Me } from '../../app/session';

export type Session = ResponseOf<'/api/v1/sessions', 'get'>['items'][number];
export type ApiToken = ResponseOf<'/api/v1/tokens', 'get'>['items'][number];
export type ProfileInput = BodyOf<'/api/v1/me', 'patch'>;
export type NewTokenInput = BodyOf<'/api/v1/tokens', 'post'>;

export const sessionKeys = { all: ['sessions'] as const };
export const tokenKeys = { all: ['tokens'] as const };

/** Changes your password; the answer counts your other sessions, which the server ended. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: BodyOf<'/api/v1/me/password', 'post'>) => apiPost('/api/v1/me/password', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

/** Saves the profile and puts the answer in the cache as the signed-in user. */
export function useUpdateProfile() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: async (input: ProfileInput): Promise<Me> => (await apiPatch('/api/v1/me', { body: input })).user,
    onSuccess: (user) => setMe(user),
  });
}

export function useSessions() {
  return useQuery({ queryKey: sessionKeys.all, queryFn: async () => (await apiGet('/api/v1/sessions')).items });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete('/api/v1/sessions/{id}', { path: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

export function useStartTwoFactorSetup() {
  return useMutation({ mutationFn: () => apiPost('/api/v1/me/two-factor/setup') });
}

export function useEnableTwoFactor() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: async (code: string): Promise<Me> => (await apiPost('/api/v1/me/two-factor/enable', { body: { code } })).user,
    onSuccess: (user) => setMe(user),
  });
}

export function useDisableTwoFactor() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: async (password: string): Promise<Me> => (await apiPost('/api/v1/me/two-factor/disable', { body: { password } })).user,
    onSuccess: (user) => setMe(user),
  });
}

export function useTokens() {
  return useQuery({ queryKey: tokenKeys.all, queryFn: async () => (await apiGet('/api/v1/tokens')).items });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewTokenInput) => apiPost('/api/v1/tokens', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete('/api/v1/tokens/{id}', { path: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
