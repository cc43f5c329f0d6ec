/** The parts of a contact or company (as GET /contacts/:id or /companies/:id answers) that a merge compares. */
export interface MergeableRecord {
  id: string;
  displayName?: string;
  name?: string;
  owner?: { id: string; name: string } | null;
  phones?: Array<{ value: string; e164: string | null; display: string }>;
  emails?: Array<{ value: string }>;
  messengers?: Array<{ type: string; value: string }>;
  addresses?: Array<Record<string, string | undefined>>;
  tags?: string[];
  custom?: Record<string, unknown>;
  createdAt: string;
  updatedAt?: string;
  version: number;
  abilities?: { edit: boolean; delete: boolean };
  [field: string]: unknown;
}

export function recordTitle(record: MergeableRecord): string {
  return (record.displayName ?? record.name ?? '').trim() || record.id;
}
