import type { JsonColumn } from '../../db/columns.js';

/** A workspace's escalation rule. */
export interface EscalationSettingsTable {
  workspace_id: string;
  /** 1 on, 0 off. */
  enabled: number;
  /** Business minutes a new request may wait before each level. */
  minutes: number;
  /** ISO weekdays that are working days, `[1, 2, 3, 4, 5]` (Monday = 1). */
  weekdays: JsonColumn;
  /** `HH:MM`, local to `time_zone`. */
  day_from: string;
  day_to: string;
  time_zone: string;
  version: number;
  updated_at: string;
}

/** One level of escalation of one request; unique per (subject_type, subject_id, level). */
export interface EscalationsTable {
  id: string;
  workspace_id: string;
  /** `deal` (a deal waiting in its pipeline's first stage) or `task` (a call task not done). */
  subject_type: string;
  subject_id: string;
  /** 1: the owner was notified; 2: the owner's department head was. */
  level: number;
  /** The permission module whose visibility applies (`deals`, `activities`). */
  module: string;
  title: string;
  owner_id: string;
  /** Who was notified: the owner, or the head (null when the owner's department has none). */
  notified_user_id: string | null;
  /** For deals, so a role narrowed to some pipelines sees only theirs. */
  pipeline_id: string | null;
  /** When the request started waiting. */
  started_at: string;
  /** When this level became due (business minutes after `started_at`). */
  due_at: string;
  escalated_at: string;
  /** When the request was handled after all; null while open. */
  resolved_at: string | null;
}
