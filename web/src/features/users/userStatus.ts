import type { UserAdmin } from './users.api';

export type UserStatus = 'active' | 'deactivated' | 'blocked';

export const STATUS_COLOR: Record<UserStatus, string> = { active: 'green', deactivated: 'gray', blocked: 'red' };

/** Deactivation wins: a deactivated user cannot sign in whether blocked or not. */
export function userStatus(user: UserAdmin): UserStatus {
  if (!user.isActive) return 'deactivated';
  return user.blocked ? 'blocked' : 'active';
}
