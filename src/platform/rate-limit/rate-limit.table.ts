/**
 * One fixed window of one rate limit for one client (`POST/api/v1/auth/sign-in-203.0.113.7`).
 * Not per workspace: limits guard routes reached before anyone is known (sign-in, setup).
 */
export interface RateLimitBucketsTable {
  key: string;
  /** Requests counted in the window so far. */
  count: number;
  /** When the window ends and the count starts again. */
  expires_at: string;
}
