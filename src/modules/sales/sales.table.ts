import type { JsonColumn } from '../../db/columns.js';

/** A sales pipeline ("Sales", "Repeat sales", "Production"): an ordered set of stages. */
export interface PipelinesTable {
  id: string;
  workspace_id: string;
  name: string;
  position: number;
  /** Retired pipelines keep their deals and history but take no new deals. */
  retired_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One stage of a pipeline. */
export interface PipelineStagesTable {
  id: string;
  workspace_id: string;
  pipeline_id: string;
  name: string;
  /** `#rrggbb` */
  color: string;
  /** 0..100: the weight of the stage's deals in the weighted sum and the forecast. */
  probability: number;
  /** `open` | `won` | `lost` */
  kind: string;
  /** A deal idle longer than this many days in the stage is "rotting"; null: never. */
  rotting_days: number | null;
  position: number;
  retired_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A reason a deal was lost, from a list the admin keeps. */
export interface LostReasonsTable {
  id: string;
  workspace_id: string;
  name: string;
  position: number;
  retired_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A deal: a record type (deal.record.ts), with the shared record columns. */
export interface DealsTable {
  id: string;
  workspace_id: string;
  owner_id: string;
  title: string;
  sort_name: string;
  pipeline_id: string;
  stage_id: string;
  /** Fractional ordering key within the stage (byte order). */
  board_position: string;
  stage_entered_at: string;
  /** Minor units of `currency` (bigint on PostgreSQL: read as a string there). */
  amount: number | string;
  /** ISO 4217 */
  currency: string;
  /** `YYYY-MM-DD` */
  expected_close: string | null;
  closed_at: string | null;
  won_at: string | null;
  lost_at: string | null;
  lost_reason_id: string | null;
  lost_comment: string | null;
  company_id: string | null;
  /** `[{ contactId, role }]` */
  people: JsonColumn;
  /** `[{ productId, name, sku, unit, quantity, price, discount, taxRate, total }]` */
  items: JsonColumn;
  source: string | null;
  comment: string | null;
  tags: JsonColumn;
  custom: JsonColumn;
  last_activity_at: string | null;
  /** The earliest planned activity on the deal (kept by the activities module); null: no next step. */
  next_activity_at: string | null;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
}

/** The people of a deal, mirrored from `deals.people` for look-ups ("deals of this contact"). */
export interface DealContactsTable {
  workspace_id: string;
  deal_id: string;
  contact_id: string;
  role: string | null;
}

/** Every stage a deal entered: time in stage, conversion and cycle length are computed from these. */
export interface DealStageMovesTable {
  id: string;
  workspace_id: string;
  deal_id: string;
  from_pipeline_id: string | null;
  from_stage_id: string | null;
  to_pipeline_id: string;
  to_stage_id: string;
  moved_by: string | null;
  moved_at: string;
}

/** A product or service of the catalog. */
export interface ProductsTable {
  id: string;
  workspace_id: string;
  owner_id: string;
  name: string;
  sort_name: string;
  sku: string | null;
  unit: string | null;
  /** `[{ currency, amount }]`, minor units. */
  prices: JsonColumn;
  /** Hundredths of a percent (2000 = 20 %). */
  tax_rate: number;
  /** 1 offered, 0 no longer offered (old deals keep it). */
  active: number;
  description: string | null;
  tags: JsonColumn;
  custom: JsonColumn;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
}

/** A deal's line items, mirrored from `deals.items`. */
export interface DealItemsTable {
  workspace_id: string;
  deal_id: string;
  position: number;
  product_id: string | null;
  quantity: number;
  total: number | string;
}
