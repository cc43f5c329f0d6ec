import type { z } from 'zod';
import type { listVersionsWithActors } from '../../platform/history/history.repository.js';
import { diffFields } from '../../platform/history/record-change.js';
import { presentActor } from '../audit/audit.presenter.js';
import type { versionOutput } from './history.schema.js';

type VersionRow = Awaited<ReturnType<typeof listVersionsWithActors>>[number];
type Data = Record<string, unknown> & { id: string };

/**
 * Versions newest first, each with its diff against the next older row. `predecessor` is the row
 * just older than the last one shown (read one extra so the oldest shown still diffs correctly).
 */
export function presentVersions(rows: VersionRow[], predecessor: VersionRow | undefined): z.infer<typeof versionOutput>[] {
  return rows.map((row, i) => {
    const previous = rows[i + 1] ?? predecessor;
    return {
      version: row.version,
      action: row.action,
      at: row.created_at,
      actor: presentActor(row.actor_id, row.actor_name),
      changes: diffFields((previous?.data ?? null) as Data | null, (row.data ?? null) as Data | null),
      data: row.data,
    };
  });
}
