import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { Me } from '../../app/session';
import type { Locale } from '../../i18n/i18n';

export interface Session {
  id: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string | null;
  current: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export const sessionsKey = ['sessions'] as const;
export const tokensKey = ['tokens'] as const;

export async function updateProfile(input: { name?: string; locale?: Locale; timeZone?: string; version: number }): Promise<Me> {
  return (await api<{ user: Me }>('PATCH', '/api/v1/me', input)).user;
}

export function useSessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: async () => (await api<{ items: Session[] }>('GET', '/api/v1/sessions')).items });
}

export async function revokeSession(id: string): Promise<void> {
  await api<void>('DELETE', `/api/v1/sessions/${id}`);
}

export async function startTwoFactorSetup(): Promise<{ secret: string; otpauthUrl: string }> {
  return api<{ secret: string; otpauthUrl: string }>('POST', '/api/v1/me/two-factor/setup', {});
}

export async function enableTwoFactor(code: string): Promise<Me> {
  return (await api<{ user: Me }>('POST', '/api/v1/me/two-factor/enable', { code })).user;
}

export async function disableTwoFactor(password: string): Promise<Me> {
  return (await api<{ user: Me }>('POST', '/api/v1/me/two-factor/disable', { password })).user;
}

export function useTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: async () => (await api<{ items: ApiToken[] }>('GET', '/api/v1/tokens')).items });
}

export async function createToken(input: { name: string; scopes: string[]; expiresAt?: string }): Promise<{ token: ApiToken; secret: string }> {
  return api<{ token: ApiToken; secret: string }>('POST', '/api/v1/tokens', input);
}

export async function revokeToken(id: string): Promise<void> {
  await api<void>('DELETE', `/api/v1/tokens/${id}`);
}
