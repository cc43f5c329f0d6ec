import type { Executor } from '../../db/database.js';

/**
 * Counts one request in the key's window in one statement (an upsert), so concurrent requests in
 * any number of processes never lose a count: a new or ended window starts at 1 and ends
 * `windowEnd`; a running one counts up and keeps its end. Answers the count and the window's end.
 */
export async function countHit(db: Executor, key: string, at: string, windowEnd: string): Promise<{ count: number; expiresAt: string }> {
  const row = await db
    .insertInto('rate_limit_buckets')
    .values({ key, count: 1, expires_at: windowEnd })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const ended = eb('rate_limit_buckets.expires_at', '<=', at);
        return {
          count: eb.case().when(ended).then(1).else(eb('rate_limit_buckets.count', '+', 1)).end(),
          expires_at: eb.case().when(ended).then(windowEnd).else(eb.ref('rate_limit_buckets.expires_at')).end(),
        };
      }),
    )
    .returning(['count', 'expires_at'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), expiresAt: row.expires_at };
}

/** Deletes up to `limit` windows that ended before `before`; answers how many went (the retention job). */
export async function deleteEndedBuckets(db: Executor, before: string, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('rate_limit_buckets')
    .where('key', 'in', (eb) => eb.selectFrom('rate_limit_buckets').select('key').where('expires_at', '<', before).limit(limit))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
