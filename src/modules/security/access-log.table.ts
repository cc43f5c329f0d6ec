/** Card opens and exported rows per user: what the exfiltration alarm counts. */
export interface AccessLogTable {
  id: string;
  workspace_id: string;
  user_id: string;
  kind: 'view' | 'export' | string;
  entity_type: string;
  entity_id: string | null;
  count: number;
  created_at: string;
}
