import * as client from 'openid-client';

/** What Kartoteka needs of a provider to talk to it. */
export interface ProviderClient {
  id: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** updated_at of the row: a changed provider is discovered afresh. */
  revision: string;
}

export interface ClientOptions {
  allowHttp: boolean;
}

const DISCOVERY_TTL_MS = 60 * 60 * 1000;

// Discovery documents (and the JWKS openid-client caches with them) per provider revision: a cache,
// not state; another process just discovers again.
const configurations = new Map<string, { at: number; config: Promise<client.Configuration> }>();

/** The provider's configuration from its `.well-known/openid-configuration`, cached for an hour. */
export function providerConfiguration(provider: ProviderClient, options: ClientOptions): Promise<client.Configuration> {
  const key = `${provider.id}:${provider.revision}`;
  const cached = configurations.get(key);
  if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
  const config = client.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, {
    ...(options.allowHttp ? { execute: [client.allowInsecureRequests] } : {}),
    timeout: 10,
  });
  configurations.set(key, { at: Date.now(), config });
  // A failed discovery is not kept: the next sign-in tries again.
  config.catch(() => configurations.delete(key));
  return config;
}

/** Fresh secrets of one sign-in: state, nonce and the PKCE verifier. */
export function newSignInSecrets(): { state: string; nonce: string; codeVerifier: string } {
  return { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
}

/** The provider's authorization URL for the code flow with PKCE (S256), state and nonce. */
export async function authorizationUrl(config: client.Configuration, redirectUri: string, secrets: { state: string; nonce: string; codeVerifier: string }): Promise<URL> {
  return client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    state: secrets.state,
    nonce: secrets.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(secrets.codeVerifier),
    code_challenge_method: 'S256',
  });
}

/** The claims Kartoteka reads from a verified ID token. */
export interface VerifiedClaims {
  sub: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  amr: string[];
}

/**
 * Exchanges the code at the token endpoint and verifies the ID token: signature by the provider's
 * JWKS, issuer, audience, expiry, the nonce, the state and the PKCE verifier (openid-client). Email
 * and name come from the ID token, or from the userinfo endpoint when the token leaves them out.
 * @throws whatever openid-client throws on a refused or forged answer
 */
export async function redeemCode(config: client.Configuration, callbackUrl: URL, checks: { state: string; nonce: string; codeVerifier: string }): Promise<VerifiedClaims> {
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    expectedState: checks.state, expectedNonce: checks.nonce, pkceCodeVerifier: checks.codeVerifier, idTokenExpected: true,
  });
  const idToken = tokens.claims();
  if (!idToken) throw new Error('no ID token');
  let claims: Record<string, unknown> = idToken;
  // Providers may keep email and name out of the ID token and answer them at the userinfo endpoint
  // (the standard's default when an access token is issued); its `sub` must match the token's.
  if (typeof idToken.email !== 'string' && tokens.access_token) {
    claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idToken.sub)), ...idToken };
  }
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
  return {
    sub: idToken.sub,
    email,
    // Only a literal true counts. Microsoft Entra sends no email_verified; its optional claim
    // `xms_edov` (the email's domain is verified for the tenant) stands for it (decision 0028).
    emailVerified: claims.email_verified === true || claims.xms_edov === true,
    name: typeof claims.name === 'string' ? claims.name : null,
    amr: Array.isArray(claims.amr) ? claims.amr.filter((m): m is string => typeof m === 'string') : [],
  };
}
