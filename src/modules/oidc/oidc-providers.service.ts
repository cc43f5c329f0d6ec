import type { Transaction } from 'kysely';
import type { Database, Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { now } from '../../platform/clock.js';
import { toJson } from '../../platform/json.js';
import { audit } from '../../platform/history/record-change.js';
import { findRoleByKey } from '../roles/roles.service.js';
import * as repo from './oidc.repository.js';
import { allowedDomainsOf, type OidcProvider } from './oidc.presenter.js';
import type { CreateProviderInput, UpdateProviderInput } from './oidc.schema.js';
import { isSealed, sealSecret } from '../../platform/secrets/secret-box.js';

export interface ProviderRules {
  /** Plain-HTTP issuers allowed (config `OIDC_ALLOW_HTTP`). */
  allowHttp: boolean;
}

/** The OpenID providers of the actor's workspace. @throws AppError forbidden */
export async function listProviders(db: Executor, actor: Actor): Promise<OidcProvider[]> {
  authorize(actor, 'settings', 'manage_settings');
  return repo.listProviders(db, actor.workspaceId);
}

/** What a provider would be after the change; refused as one 400 with every field at fault. */
async function checkProvider(db: Executor, actor: Actor, rules: ProviderRules, next: { issuer: string; autoCreateUsers: boolean; defaultRole: string | null }): Promise<void> {
  const fields: Record<string, string> = {};
  if (!rules.allowHttp && !next.issuer.toLowerCase().startsWith('https://')) fields.issuer = 'https_required';
  if (next.autoCreateUsers && !next.defaultRole) fields.defaultRole = 'required';
  if (next.defaultRole && !(await findRoleByKey(db, actor.workspaceId, next.defaultRole))) fields.defaultRole = 'not_found';
  if (Object.keys(fields).length) throw new AppError('validation_failed', 'Some values are invalid', fields);
}

/** What an audit entry says of a provider: never the secret. */
function auditShape(row: OidcProvider): Record<string, unknown> {
  return {
    name: row.name, issuer: row.issuer, clientId: row.client_id, allowedDomains: allowedDomainsOf(row),
    autoCreateUsers: row.auto_create_users === 1, defaultRole: row.default_role, trustedMfa: row.trusted_mfa === 1, enabled: row.enabled === 1,
  };
}

/**
 * Adds an OpenID provider to the workspace. Audited `oidc_provider.created` (without the secret).
 * @throws AppError forbidden | validation_failed (issuer https_required, defaultRole required | not_found)
 */
export async function createProvider(trx: Transaction<Database>, actor: Actor, rules: ProviderRules, input: CreateProviderInput): Promise<OidcProvider> {
  authorize(actor, 'settings', 'manage_settings');
  await checkProvider(trx, actor, rules, input);
  const at = now();
  const row = {
    id: newId(), workspace_id: actor.workspaceId, name: input.name, issuer: input.issuer.replace(/\/+$/, ''), client_id: input.clientId,
    client_secret: sealSecret(input.clientSecret), allowed_domains: toJson(input.allowedDomains), auto_create_users: input.autoCreateUsers ? 1 : 0,
    default_role: input.defaultRole, trusted_mfa: input.trustedMfa ? 1 : 0, enabled: input.enabled ? 1 : 0, created_at: at, updated_at: at, version: 1,
  };
  await repo.insertProvider(trx, row);
  const created: OidcProvider = row;
  await audit(trx, { ...actor, actorId: actor.userId }, 'oidc_provider.created', { entityType: 'oidc_provider', entityId: row.id, changes: auditShape(created) });
  return created;
}

/**
 * Changes a provider (disabling it stops its sign-ins at once, started ones included). A left-out
 * secret stays. Audited `oidc_provider.updated` with before and after (without the secret).
 * @throws AppError forbidden | not_found | conflict (stale version) | validation_failed
 */
export async function updateProvider(trx: Transaction<Database>, actor: Actor, rules: ProviderRules, id: string, input: UpdateProviderInput): Promise<OidcProvider> {
  authorize(actor, 'settings', 'manage_settings');
  const before = await repo.findProvider(trx, actor.workspaceId, id);
  if (!before) throw new AppError('not_found', 'Provider not found');
  if (before.version !== input.version) throw new AppError('conflict', 'The provider was changed by someone else');
  const autoCreateUsers = input.autoCreateUsers ?? before.auto_create_users === 1;
  const defaultRole = input.defaultRole !== undefined ? input.defaultRole : before.default_role;
  const issuer = (input.issuer ?? before.issuer).replace(/\/+$/, '');
  await checkProvider(trx, actor, rules, { issuer, autoCreateUsers, defaultRole });
  const after = await repo.updateProviderVersioned(trx, actor.workspaceId, id, input.version, {
    name: input.name ?? before.name,
    issuer,
    client_id: input.clientId ?? before.client_id,
    client_secret: input.clientSecret !== undefined ? sealSecret(input.clientSecret) : before.client_secret,
    allowed_domains: toJson(input.allowedDomains ?? allowedDomainsOf(before)),
    auto_create_users: autoCreateUsers ? 1 : 0,
    default_role: defaultRole,
    trusted_mfa: (input.trustedMfa ?? before.trusted_mfa === 1) ? 1 : 0,
    enabled: (input.enabled ?? before.enabled === 1) ? 1 : 0,
    updated_at: now(),
  });
  if (!after) throw new AppError('conflict', 'The provider was changed by someone else');
  await audit(trx, { ...actor, actorId: actor.userId }, 'oidc_provider.updated', {
    entityType: 'oidc_provider', entityId: id, changes: { before: auditShape(before), after: auditShape(after), secretChanged: input.clientSecret !== undefined },
  });
  return after;
}

/**
 * Removes a provider; people who signed in through it keep their accounts. Audited.
 * @throws AppError forbidden | not_found
 */
export async function deleteProvider(trx: Transaction<Database>, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'settings', 'manage_settings');
  const before = await repo.findProvider(trx, actor.workspaceId, id);
  if (!before || !(await repo.deleteProvider(trx, actor.workspaceId, id))) throw new AppError('not_found', 'Provider not found');
  await audit(trx, { ...actor, actorId: actor.userId }, 'oidc_provider.deleted', { entityType: 'oidc_provider', entityId: id, changes: auditShape(before) });
}

/**
 * Seals client secrets stored plain (before encryption at rest); run at start, idempotent.
 * @returns how many were sealed
 */
export async function sealStoredClientSecrets(db: Executor): Promise<number> {
  const plain = (await repo.listClientSecrets(db)).filter((row) => row.client_secret !== '' && !isSealed(row.client_secret));
  for (const row of plain) await repo.setClientSecret(db, row.id, row.client_secret, sealSecret(row.client_secret));
  return plain.length;
}
