export interface DepartmentsTable {
  id: string;
  workspace_id: string;
  name: string;
  parent_id: string | null;
  /** Head of the department; null when none. */
  head_user_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  version: number;
}

export interface UsersTable {
  id: string;
  workspace_id: string;
  /** Stored lower-cased and trimmed; unique across the deployment because sign-in is by email. */
  email: string;
  name: string;
  /** argon2id PHC string; null for a user who has not set a password yet (invited). */
  password_hash: string | null;
  role: string;
  department_id: string | null;
  locale: string;
  time_zone: string;
  /** 1 active, 0 deactivated (integers on both dialects: better-sqlite3 cannot bind booleans). */
  is_active: number;
  failed_sign_ins: number;
  locked_until: string | null;
  last_sign_in_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  version: number;
  /** Base32 TOTP secret; set while enrolling, active once `totp_enabled_at` is set. */
  totp_secret: string | null;
  totp_enabled_at: string | null;
  /** Set by the exfiltration alarm (or an admin); a blocked user cannot sign in until unblocked. */
  blocked_at: string | null;
  blocked_reason: string | null;
}
