import type { Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * Exchange rates an administrator enters per date (1 unit of `currency` = `rate` units of the
 * workspace currency, the rate a decimal string) and sales plans: a target per user or department
 * per month (an amount in minor units of the workspace currency and a number of won deals).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);

  await db.schema.createTable('exchange_rates')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('currency', 'text', notNull)
    // YYYY-MM-DD: the rate holds from this day until the next entered one.
    .addColumn('date', 'text', notNull)
    // A decimal string (`97.5321`), never a float: conversion is exact integer arithmetic.
    .addColumn('rate', 'text', notNull)
    .addColumn('version', 'integer', notNull)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('exchange_rates_currency_date_idx').on('exchange_rates').columns(['workspace_id', 'currency', 'date']).unique().execute();
  await db.schema.createIndex('exchange_rates_date_idx').on('exchange_rates').columns(['workspace_id', 'date']).execute();

  await db.schema.createTable('sales_plans')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    // YYYY-MM, a month of the workspace's time zone.
    .addColumn('month', 'text', notNull)
    // user | department
    .addColumn('target_type', 'text', notNull)
    .addColumn('target_id', t.id, notNull)
    // Minor units of the workspace currency.
    .addColumn('amount', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('won_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', notNull)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('sales_plans_target_idx').on('sales_plans').columns(['workspace_id', 'month', 'target_type', 'target_id']).unique().execute();
  await db.schema.createIndex('sales_plans_of_target_idx').on('sales_plans').columns(['workspace_id', 'target_type', 'target_id', 'month']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sales_plans').execute();
  await db.schema.dropTable('exchange_rates').execute();
}
