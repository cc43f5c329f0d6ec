import { useMutation } from '@tanstack/react-query';
import { apiPost, type BodyOf } from '../../api/client';
import { useSetMe, type Me } from '../../app/session';

export type SetupInput = BodyOf<'/api/v1/setup', 'post'>;

/** Signing in, step one: the answer is the user, or an ApiError `two_factor_required` with a `challenge`. */
export function useSignIn() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: async (input: BodyOf<'/api/v1/auth/sign-in', 'post'>): Promise<Me> => (await apiPost('/api/v1/auth/sign-in', { body: input })).user,
    // With the user known, RedirectIfSignedIn moves on to `?next=` or home.
    onSuccess: (user) => setMe(user),
  });
}

export function useSignInWithTwoFactor() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: async (input: BodyOf<'/api/v1/auth/sign-in/two-factor', 'post'>): Promise<Me> =>
      (await apiPost('/api/v1/auth/sign-in/two-factor', { body: input })).user,
    onSuccess: (user) => setMe(user),
  });
}

export async function signOut(): Promise<void> {
  await apiPost('/api/v1/auth/sign-out');
}

export function useSetUpWorkspace() {
  return useMutation({
    mutationFn: async (input: SetupInput): Promise<Me> => (await apiPost('/api/v1/setup', { body: input })).user,
  });
}

export function useAcceptInvite() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: async (input: BodyOf<'/api/v1/auth/accept-invite', 'post'>): Promise<Me> => (await apiPost('/api/v1/auth/accept-invite', { body: input })).user,
    onSuccess: (user) => setMe(user),
  });
}
