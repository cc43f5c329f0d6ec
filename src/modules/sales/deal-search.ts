import type { RecordSearch } from '../../platform/records/record-type.js';
import { formatMoney } from '../../platform/money.js';
import { findStages } from './pipelines.repository.js';

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/**
 * How deals show in global search and the deal list's search box: found by title (and source);
 * under the title, the amount in the viewer's language and the stage. The engine writes the
 * search document after every write (slot 2 of the SQLite index).
 */
export const DEAL_SEARCH: RecordSearch = {
  slot: 2,
  columns: ['title', 'amount', 'currency', 'stage_id'],
  matchSource: (row) => ({ names: [String(row.title)], phones: [], emails: [] }),
  async subtitles(db, actor, rows) {
    const stages = new Map((await findStages(db, actor.workspaceId, [...new Set(rows.map((r) => String(r.stage_id)))])).map((s) => [s.id, s.name]));
    return rows.map((row) => [formatMoney(Number(row.amount ?? 0), String(row.currency), actor.locale), stages.get(String(row.stage_id)) ?? null].filter((p) => p !== null).join(' · '));
  },
  document: (row) => ({ names: [String(row.title)], phones: [], emails: [], other: [text(row.source)].filter((v): v is string => v !== null) }),
};
