import type { UserAdmin } from './users.api';

export type UserStatus = 'active' | 'invited' | 'deactivated' | 'blocked';

export const STATUS_COLOR: Record<UserStatus, string> = { active: 'green', invited: 'blue', deactivated: 'gray', blocked: 'red' };

/** Deactivation wins: a deactivated user cannot sign in whether blocked or not. */
export function userStatus(user: UserAdmin): UserStatus {
  if (!user.isActive) return 'deactivated';
  if (user.blocked) return 'blocked';
  return user.invitePending ? 'invited' : 'active';
}
