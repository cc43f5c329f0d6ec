import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { RequestContext } from '../../platform/access/actor.js';
import { addMs, now } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { audit } from '../../platform/history/record-change.js';
import * as authService from '../auth/auth.service.js';
import { newToken } from '../auth/session-token.js';
import * as usersService from '../users/users.service.js';
import { findWorkspace } from '../workspaces/workspaces.service.js';
import * as repo from './oidc.repository.js';
import { authorizationUrl, newSignInSecrets, providerConfiguration, redeemCode, type VerifiedClaims } from './oidc-client.js';
import { allowedDomainsOf, redirectUriOf, type OidcProvider } from './oidc.presenter.js';
import { openSecret } from '../../platform/secrets/secret-box.js';

/** A started sign-in lives this long: enough to type a password and a code at the provider. */
const LOGIN_TTL_MS = 10 * 60 * 1000;

export interface OidcSettings {
  publicUrl: string;
  allowHttp: boolean;
  auth: authService.AuthSettings;
}

/** Why an OpenID sign-in was refused; the sign-in page shows each in words. */
export type OidcFailureReason =
  | 'provider_disabled' | 'provider_unreachable' | 'invalid_state' | 'provider_error' | 'code_rejected' | 'no_email' | 'email_not_verified'
  | 'domain_not_allowed' | 'unknown_account' | 'deactivated' | 'blocked' | 'ip_not_allowed';

/** A refused OpenID sign-in; the callback answers it as a redirect to the sign-in page. */
export class OidcFailure extends Error {
  constructor(readonly reason: OidcFailureReason) {
    super(`OpenID sign-in refused: ${reason}`);
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

function clientOf(provider: OidcProvider) {
  return { id: provider.id, issuer: provider.issuer, clientId: provider.client_id, clientSecret: openSecret(provider.client_secret), revision: provider.updated_at };
}

/**
 * Starts signing in through a provider: discovers it, keeps state, nonce and PKCE verifier
 * server-side (hashed state, 10 minutes, single use) bound to a fresh browser token the caller puts
 * in a cookie, and answers the provider's authorization URL.
 * @throws OidcFailure provider_disabled (unknown or disabled) | provider_unreachable (discovery failed)
 */
export async function startOidcSignIn(db: Kysely<Database>, settings: OidcSettings, providerId: string): Promise<{ url: string; browserToken: string }> {
  const provider = await repo.findProviderAnywhere(db, providerId);
  if (!provider || provider.enabled !== 1) throw new OidcFailure('provider_disabled');
  let config;
  try {
    config = await providerConfiguration(clientOf(provider), { allowHttp: settings.allowHttp });
  } catch {
    throw new OidcFailure('provider_unreachable');
  }
  const secrets = newSignInSecrets();
  const browserToken = newToken();
  const at = now();
  await repo.insertLogin(db, {
    id: newId(), workspace_id: provider.workspace_id, provider_id: provider.id, state_hash: sha256(secrets.state), browser_hash: sha256(browserToken),
    nonce: secrets.nonce, code_verifier: secrets.codeVerifier, created_at: at, expires_at: addMs(at, LOGIN_TTL_MS), used_at: null,
  });
  const url = await authorizationUrl(config, redirectUriOf(settings.publicUrl), secrets);
  return { url: url.href, browserToken };
}

export type OidcOutcome = { kind: 'signed_in'; session: authService.IssuedSession } | { kind: 'two_factor'; challenge: string };

/**
 * Finishes an OpenID sign-in at the callback: uses up the state (unknown, used, expired or from
 * another browser: refused), redeems the code and verifies the ID token (signature, issuer,
 * audience, expiry, nonce), then matches the verified email to a user of the provider's workspace
 * (or creates one with the provider's default role when the admin allowed it). Roles never come
 * from the token. The usual rules follow: deactivated, blocked, IP allowlist, two-factor (skipped
 * when the provider is trusted for it). Every refusal is audited `auth.oidc_failed` when its
 * workspace is known; nothing else changes.
 * @throws OidcFailure
 */
export async function finishOidcSignIn(
  db: Kysely<Database>, settings: OidcSettings, query: { state?: string; code?: string; error?: string }, rawQuery: string, browserToken: string | undefined, ctx: RequestContext,
): Promise<OidcOutcome> {
  const login = query.state ? await repo.consumeLogin(db, sha256(query.state), now()) : undefined;
  if (!login) throw new OidcFailure('invalid_state');
  const fail = async (reason: OidcFailureReason, details: Record<string, unknown> = {}, actorId: string | null = null): Promise<never> => {
    await audit(db, { workspaceId: login.workspace_id, actorId, ...ctx }, 'auth.oidc_failed', { entityType: 'oidc_provider', entityId: login.provider_id, changes: { reason, ...details } });
    throw new OidcFailure(reason);
  };
  if (!browserToken || sha256(browserToken) !== login.browser_hash) return fail('invalid_state', { browser: 'mismatch' });
  const provider = await repo.findProvider(db, login.workspace_id, login.provider_id);
  if (!provider || provider.enabled !== 1) return fail('provider_disabled');
  if (query.error) return fail('provider_error', { error: query.error.slice(0, 100) });

  let claims: VerifiedClaims;
  try {
    const config = await providerConfiguration(clientOf(provider), { allowHttp: settings.allowHttp });
    const callbackUrl = new URL(`${redirectUriOf(settings.publicUrl)}?${rawQuery}`);
    claims = await redeemCode(config, callbackUrl, { state: query.state!, nonce: login.nonce, codeVerifier: login.code_verifier });
  } catch (error) {
    return fail('code_rejected', { error: String((error as Error)?.message ?? error).slice(0, 200) });
  }
  if (!claims.email) return fail('no_email', { sub: claims.sub });
  if (!claims.emailVerified) return fail('email_not_verified', { email: claims.email });
  const domains = allowedDomainsOf(provider);
  if (domains.length > 0 && !domains.includes(claims.email.split('@').pop() ?? '')) return fail('domain_not_allowed', { email: claims.email });

  const found = await usersService.findUserByEmail(db, claims.email);
  // Emails are unique across the install; an account in another workspace is nobody here.
  let user = found && found.workspace_id === provider.workspace_id && found.deleted_at === null ? found : undefined;
  if (!user && found) return fail('unknown_account', { email: claims.email });
  if (!user) {
    if (provider.auto_create_users !== 1 || !provider.default_role) return fail('unknown_account', { email: claims.email });
    user = await createFromClaims(db, provider, claims, ctx);
  }
  const changes = { via: 'oidc', provider: provider.id, ...(claims.amr.length ? { amr: claims.amr.slice(0, 10) } : {}) };
  try {
    const session = await authService.proceedAfterFirstFactor(db, settings.auth, user, ctx, { trustedSecondFactor: provider.trusted_mfa === 1, changes });
    return { kind: 'signed_in', session };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'two_factor_required') return { kind: 'two_factor', challenge: String(error.details?.challenge) };
    // These were audited where they were refused.
    if (error.code === 'forbidden') throw new OidcFailure('deactivated');
    if (error.code === 'account_blocked') throw new OidcFailure('blocked');
    if (error.code === 'ip_not_allowed') throw new OidcFailure('ip_not_allowed');
    throw error;
  }
}

/** A new user from a provider's verified claims, with the provider's default role; audited `user.created_via_oidc`. */
async function createFromClaims(db: Kysely<Database>, provider: OidcProvider, claims: VerifiedClaims, ctx: RequestContext): Promise<usersService.User> {
  const workspace = await findWorkspace(db, provider.workspace_id);
  return db.transaction().execute(async (trx) => {
    const actor = usersService.systemActor(provider.workspace_id, ctx);
    const user = await usersService.createUser(trx, actor, {
      email: claims.email!, name: (claims.name ?? claims.email!).slice(0, 200), password: null, role: provider.default_role!,
      locale: workspace?.locale ?? 'en', timeZone: workspace?.time_zone ?? 'UTC',
    });
    await audit(trx, { workspaceId: provider.workspace_id, actorId: user.id, ...ctx }, 'user.created_via_oidc', {
      entityType: 'user', entityId: user.id, changes: { provider: provider.id, role: provider.default_role, email: user.email },
    });
    return user;
  });
}
