import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { fromJson } from '../../platform/json.js';
import type { OidcProvidersTable } from './oidc.table.js';
import type { providerOutput } from './oidc.schema.js';

export type OidcProvider = Selectable<OidcProvidersTable>;

/** The path of the one callback every provider redirects to. */
export const CALLBACK_PATH = '/api/v1/auth/oidc/callback';

/** The redirect URI to register at a provider, from the install's public URL. */
export function redirectUriOf(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${CALLBACK_PATH}`;
}

/** The domains a provider admits (empty: any). */
export function allowedDomainsOf(row: OidcProvider): string[] {
  return fromJson<string[] | null>(row.allowed_domains) ?? [];
}

/** A provider as the API answers it: never with its client secret. */
export function presentProvider(row: OidcProvider, publicUrl: string): z.infer<typeof providerOutput> {
  return {
    id: row.id,
    name: row.name,
    issuer: row.issuer,
    clientId: row.client_id,
    hasClientSecret: row.client_secret !== '',
    allowedDomains: allowedDomainsOf(row),
    autoCreateUsers: row.auto_create_users === 1,
    defaultRole: row.default_role,
    trustedMfa: row.trusted_mfa === 1,
    enabled: row.enabled === 1,
    redirectUri: redirectUriOf(publicUrl),
    version: row.version,
  };
}
