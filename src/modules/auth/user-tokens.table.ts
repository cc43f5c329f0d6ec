/** One-time tokens mailed or handed to a user: invites, password resets, second-factor challenges. */
export interface UserTokensTable {
  id: string;
  workspace_id: string;
  user_id: string;
  purpose: 'invite' | 'password_reset' | 'two_factor_challenge' | string;
  token_hash: string;
  attempts: number;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}
