/**
 * The background job that reads again the phones kept as typed when a workspace's client
 * countries change. The workspace settings queue it; the client base registers its handler.
 */
export const PHONE_RECHECK_JOB = 'phones.recheck';

/** One queued or running recheck per workspace: a second change while it waits adds nothing. */
export function phoneRecheckKey(workspaceId: string): string {
  return `${PHONE_RECHECK_JOB}:${workspaceId}`;
}
