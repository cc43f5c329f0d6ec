import type { JsonColumn } from '../../db/columns.js';

export interface OidcProvidersTable {
  id: string;
  workspace_id: string;
  /** Shown on the sign-in button: "Sign in with <name>". */
  name: string;
  issuer: string;
  client_id: string;
  /** Never answered by the API. */
  client_secret: string;
  /** Lowercased email domains (JSON array); empty: any domain. */
  allowed_domains: JsonColumn;
  auto_create_users: number;
  /** Role key new people get when `auto_create_users` is on. */
  default_role: string | null;
  /** The provider's own second factor stands for ours (no code step after it). */
  trusted_mfa: number;
  enabled: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface OidcLoginsTable {
  id: string;
  workspace_id: string;
  provider_id: string;
  /** SHA-256 of the `state` sent to the provider. */
  state_hash: string;
  /** SHA-256 of the binding cookie of the browser that started the sign-in. */
  browser_hash: string;
  nonce: string;
  code_verifier: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}
