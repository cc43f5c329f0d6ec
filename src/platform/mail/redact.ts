/**
 * Keeps one-time secrets out of logs. Mail logged instead of sent (no SMTP) would otherwise put
 * invitation and password-reset links in the log in full, and whoever reads the log could take
 * over the account the link was meant for.
 */

// Query parameters whose values are secrets in links we mail (`/accept-invite?token=…`) or may mail later.
const SECRET_PARAM = /([?&#;](?:token|secret|code|key|signature|sig|auth|password)=)[^&#\s<>"']+/gi;
export const REDACTED = '[redacted]';

/** The text with the values of secret-carrying link parameters (`token=…`) replaced by `[redacted]`. */
export function redactLinkSecrets(text: string): string {
  return text.replace(SECRET_PARAM, `$1${REDACTED}`);
}
