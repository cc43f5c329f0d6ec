import type { z } from 'zod';
import type { listShares } from './sharing.repository.js';
import type { shareOutput, ShareLevel } from './sharing.schema.js';

type ShareRow = Awaited<ReturnType<typeof listShares>>[number];

/** One share as the card's "Shared with" shows it. */
export function presentShare(row: ShareRow): z.infer<typeof shareOutput> {
  return {
    user: { id: row.user_id, name: row.user_name, active: Number(row.user_active) === 1 },
    level: row.level as ShareLevel,
    sharedAt: row.created_at,
    sharedBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
  };
}
