/** An exchange rate from `date` on: 1 unit of `currency` = `rate` units of the workspace currency. */
export interface ExchangeRatesTable {
  id: string;
  workspace_id: string;
  /** ISO 4217, never the workspace currency itself. */
  currency: string;
  /** YYYY-MM-DD. */
  date: string;
  /** A positive decimal string with at most 10 decimals (`97.5321`); never a float column. */
  rate: string;
  version: number;
  created_at: string;
  updated_at: string;
}
