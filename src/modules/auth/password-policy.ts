import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Executor } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import { packageRoot } from '../../platform/paths.js';
import { getWorkspaceSettings } from '../workspaces/workspaces.service.js';
import { DEFAULT_WORKSPACE_SETTINGS } from '../workspaces/workspace-settings.js';
import { hashToken } from './session-token.js';
import { findLiveUserToken } from './user-tokens.repository.js';

/** Why a password is refused: shorter than the workspace's minimum, or on the list of common passwords. */
export type PasswordProblem = 'too_short' | 'common';

let common: Set<string> | null = null;

/**
 * The bundled list of the most common passwords (about 49,000, lowercased; see decision 0028 for
 * where it comes from), read once per process.
 */
export function commonPasswords(): Set<string> {
  if (!common) {
    const file = path.join(packageRoot(), 'src', 'modules', 'auth', 'data', 'common-passwords.txt.gz');
    common = new Set(gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').filter(Boolean));
  }
  return common;
}

/** What is wrong with a password under a minimum length, or null when it may be used. */
export function passwordProblem(password: string, minLength: number): PasswordProblem | null {
  // Counted in code points, as a person counts characters (an emoji is one).
  if ([...password].length < minLength) return 'too_short';
  if (commonPasswords().has(password.toLowerCase())) return 'common';
  return null;
}

/** The error for a refused password, under the given field. */
export function weakPasswordError(problem: PasswordProblem, minLength: number, field = 'password'): AppError {
  const message = problem === 'too_short' ? `Use at least ${minLength} characters` : 'This password is one of the most common ones; choose another';
  return new AppError('weak_password', message, { [field]: problem }, { minLength });
}

/**
 * Refuses a password the workspace's sign-in policy does not accept (sign-up, change, reset, set by
 * an administrator). Without a workspace (first-run setup) the default policy applies.
 * @throws AppError weak_password (fields.password = too_short | common; details.minLength)
 */
export async function assertPasswordAllowed(db: Executor, workspaceId: string | null, password: string, field = 'password'): Promise<void> {
  const minLength = workspaceId
    ? (await getWorkspaceSettings(db, workspaceId)).signIn.passwordMinLength
    : DEFAULT_WORKSPACE_SETTINGS.signIn.passwordMinLength;
  const problem = passwordProblem(password, minLength);
  if (problem) throw weakPasswordError(problem, minLength, field);
}

/** What a password form tells before submit: the minimum length and whether common passwords are refused. */
export interface PasswordPolicy {
  minLength: number;
  refusesCommon: boolean;
}

/**
 * The password policy a form applies: the workspace of a live invite or reset token, else the
 * signed-in user's workspace, else the default (first-run setup). An unknown or spent token answers
 * the default too, so the answer tells nothing about which tokens exist.
 */
export async function passwordPolicyFor(db: Executor, from: { token?: string; workspaceId?: string | null }): Promise<PasswordPolicy> {
  let workspaceId = from.workspaceId ?? null;
  if (from.token) workspaceId = (await workspaceOfToken(db, from.token)) ?? workspaceId;
  const minLength = workspaceId
    ? (await getWorkspaceSettings(db, workspaceId)).signIn.passwordMinLength
    : DEFAULT_WORKSPACE_SETTINGS.signIn.passwordMinLength;
  return { minLength, refusesCommon: true };
}

async function workspaceOfToken(db: Executor, token: string): Promise<string | undefined> {
  const tokenHash = hashToken(token);
  for (const purpose of ['invite', 'password_reset']) {
    const row = await findLiveUserToken(db, tokenHash, purpose);
    if (row) return row.workspace_id;
  }
  return undefined;
}
