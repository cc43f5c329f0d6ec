import { api } from '../../app/api';
import type { Me } from '../../app/session';
import type { Locale } from '../../i18n/i18n';

export interface SetupInput {
  workspace: { name: string; locale: Locale; timeZone: string; defaultCountry: string; defaultCurrency: string };
  admin: { name: string; email: string; password: string };
}

export async function setUpWorkspace(input: SetupInput): Promise<Me> {
  return (await api<{ user: Me }>('POST', '/api/v1/setup', input)).user;
}

export async function signIn(email: string, password: string): Promise<Me> {
  return (await api<{ user: Me }>('POST', '/api/v1/auth/sign-in', { email, password })).user;
}

export async function signOut(): Promise<void> {
  await api<void>('POST', '/api/v1/auth/sign-out', {});
}

export async function signInWithTwoFactor(challenge: string, code: string): Promise<Me> {
  return (await api<{ user: Me }>('POST', '/api/v1/auth/sign-in/two-factor', { challenge, code })).user;
}

export async function acceptInvite(token: string, password: string): Promise<Me> {
  return (await api<{ user: Me }>('POST', '/api/v1/auth/accept-invite', { token, password })).user;
}
