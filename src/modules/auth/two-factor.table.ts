/**
 * The auth module's column on `users` (migration 0012). Typed here, beside the code that owns it,
 * rather than in users.table.ts: the users module reads none of it.
 */
declare module '../users/users.table.js' {
  interface UsersTable {
    /** The last TOTP time step that was accepted for this user; a code at or before it is refused. */
    totp_last_step: number | null;
  }
}

export {};
