import { sql, type Kysely } from 'kysely';
import { isPostgres, notNull, types } from './lib.js';

/**
 * Sales: pipelines with ordered stages, lost reasons, deals (a record type) with the people on
 * them and the history of their stage moves. Every workspace that exists gets the default
 * pipeline and lost reasons in its own language (new workspaces get them from the sales module).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);
  const pg = isPostgres(db);

  await db.schema.createTable('pipelines')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', notNull)
    .addColumn('position', 'integer', notNull)
    .addColumn('retired_at', t.time)
    .addColumn('version', 'integer', notNull)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('pipelines_workspace_idx').on('pipelines').columns(['workspace_id', 'position']).execute();

  await db.schema.createTable('pipeline_stages')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('pipeline_id', t.id, (c) => c.notNull().references('pipelines.id').onDelete('cascade'))
    .addColumn('name', 'text', notNull)
    .addColumn('color', 'text', notNull)
    .addColumn('probability', 'integer', notNull)
    // open | won | lost
    .addColumn('kind', 'text', notNull)
    .addColumn('rotting_days', 'integer')
    .addColumn('position', 'integer', notNull)
    .addColumn('retired_at', t.time)
    .addColumn('version', 'integer', notNull)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('pipeline_stages_pipeline_idx').on('pipeline_stages').columns(['pipeline_id', 'position']).execute();

  await db.schema.createTable('lost_reasons')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', notNull)
    .addColumn('position', 'integer', notNull)
    .addColumn('retired_at', t.time)
    .addColumn('version', 'integer', notNull)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('lost_reasons_workspace_idx').on('lost_reasons').columns(['workspace_id', 'position']).execute();

  // The product catalog: a record type of its own (the `products` rights), shared by everyone who sells.
  await db.schema.createTable('products')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', notNull)
    .addColumn('sort_name', 'text', notNull)
    .addColumn('sku', 'text')
    .addColumn('unit', 'text')
    // [{ currency, amount }]: one price per currency, minor units.
    .addColumn('prices', t.json, (c) => c.notNull().defaultTo('[]'))
    // Hundredths of a percent: 2000 = 20 %.
    .addColumn('tax_rate', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('description', 'text')
    .addColumn('tags', t.json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('custom', t.json, (c) => c.notNull().defaultTo('{}'))
    .addColumn('version', 'integer', notNull)
    .addColumn('created_by', t.id)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addColumn('deleted_at', t.time)
    .addColumn('deleted_by', t.id)
    .execute();
  const liveProduct = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('products').columns(columns).where(sql.ref('deleted_at'), 'is', null).execute();
  await liveProduct('products_name_idx', ['workspace_id', 'sort_name', 'id']);
  await liveProduct('products_owner_idx', ['workspace_id', 'owner_id', 'sort_name', 'id']);
  await liveProduct('products_sku_idx', ['workspace_id', 'sku']);
  await liveProduct('products_active_idx', ['workspace_id', 'active', 'sort_name', 'id']);
  await liveProduct('products_created_idx', ['workspace_id', 'created_at', 'id']);
  await liveProduct('products_updated_idx', ['workspace_id', 'updated_at', 'id']);
  await db.schema.createIndex('products_deleted_idx').on('products').columns(['workspace_id', 'deleted_at']).where('deleted_at', 'is not', null).execute();

  await db.schema.createTable('deals')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text', notNull)
    .addColumn('sort_name', 'text', notNull)
    .addColumn('pipeline_id', t.id, (c) => c.notNull().references('pipelines.id'))
    .addColumn('stage_id', t.id, (c) => c.notNull().references('pipeline_stages.id'))
    // A fractional ordering key: a move writes one row, never renumbers a column. Byte order on both databases.
    .addColumn('board_position', 'text', (c) => (pg ? c.modifyFront(sql`collate "C"`).notNull() : c.notNull()))
    .addColumn('stage_entered_at', t.time, notNull)
    // Money in minor units (cents, stotinki, kopecks) of `currency`.
    .addColumn('amount', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('currency', 'text', notNull)
    .addColumn('expected_close', 'text')
    .addColumn('closed_at', t.time)
    .addColumn('won_at', t.time)
    .addColumn('lost_at', t.time)
    .addColumn('lost_reason_id', t.id, (c) => c.references('lost_reasons.id'))
    .addColumn('lost_comment', 'text')
    .addColumn('company_id', t.id, (c) => c.references('companies.id').onDelete('set null'))
    // [{ contactId, role }]: versioned with the deal; deal_contacts mirrors it for look-ups.
    .addColumn('people', t.json, (c) => c.notNull().defaultTo('[]'))
    // [{ productId, name, sku, unit, quantity, price, discount, taxRate, total }]: the amount follows them when there are any.
    .addColumn('items', t.json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('source', 'text')
    .addColumn('comment', 'text')
    .addColumn('tags', t.json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('custom', t.json, (c) => c.notNull().defaultTo('{}'))
    .addColumn('last_activity_at', t.time)
    .addColumn('version', 'integer', notNull)
    .addColumn('created_by', t.id)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addColumn('deleted_at', t.time)
    .addColumn('deleted_by', t.id)
    .execute();
  const live = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('deals').columns(columns).where(sql.ref('deleted_at'), 'is', null).execute();
  // The board: one pipeline's stages in board order.
  await live('deals_board_idx', ['workspace_id', 'pipeline_id', 'stage_id', 'board_position']);
  await live('deals_name_idx', ['workspace_id', 'sort_name', 'id']);
  await live('deals_owner_idx', ['workspace_id', 'owner_id', 'sort_name', 'id']);
  await live('deals_created_idx', ['workspace_id', 'created_at', 'id']);
  await live('deals_updated_idx', ['workspace_id', 'updated_at', 'id']);
  await live('deals_amount_idx', ['workspace_id', 'amount', 'id']);
  await live('deals_close_idx', ['workspace_id', 'expected_close', 'id']);
  await live('deals_won_idx', ['workspace_id', 'won_at', 'id']);
  await live('deals_stage_idx', ['workspace_id', 'stage_id', 'sort_name', 'id']);
  await db.schema.createIndex('deals_company_idx').on('deals').columns(['workspace_id', 'company_id']).execute();
  await db.schema.createIndex('deals_deleted_idx').on('deals').columns(['workspace_id', 'deleted_at']).where('deleted_at', 'is not', null).execute();

  await db.schema.createTable('deal_contacts')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('deal_id', t.id, (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('contact_id', t.id, (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('role', 'text')
    .addPrimaryKeyConstraint('deal_contacts_pk', ['deal_id', 'contact_id'])
    .execute();
  await db.schema.createIndex('deal_contacts_contact_idx').on('deal_contacts').columns(['contact_id']).execute();

  // Line items mirrored from `deals.items`, for "which deals sold this product" and sales by product.
  await db.schema.createTable('deal_items')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('deal_id', t.id, (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('position', 'integer', notNull)
    .addColumn('product_id', t.id)
    .addColumn('quantity', 'real', notNull)
    .addColumn('total', t.bigint, notNull)
    .addPrimaryKeyConstraint('deal_items_pk', ['deal_id', 'position'])
    .execute();
  await db.schema.createIndex('deal_items_product_idx').on('deal_items').columns(['workspace_id', 'product_id']).execute();

  await db.schema.createTable('deal_stage_moves')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('deal_id', t.id, (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('from_pipeline_id', t.id)
    .addColumn('from_stage_id', t.id)
    .addColumn('to_pipeline_id', t.id, notNull)
    .addColumn('to_stage_id', t.id, notNull)
    .addColumn('moved_by', t.id)
    .addColumn('moved_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('deal_stage_moves_deal_idx').on('deal_stage_moves').columns(['deal_id', 'moved_at']).execute();
  await db.schema.createIndex('deal_stage_moves_stage_idx').on('deal_stage_moves').columns(['workspace_id', 'to_stage_id', 'moved_at']).execute();

  await seedExistingWorkspaces(db);
}

// Frozen copies of the defaults (migrations never import application code).
const DEFAULTS: Record<string, { pipeline: string; stages: string[]; reasons: string[] }> = {
  en: { pipeline: 'Sales', stages: ['New request', 'First call', 'Proposal sent', 'Meeting', 'Won', 'Lost'], reasons: ['Too expensive', 'Chose a competitor', 'No budget', 'No answer', 'Not a fit'] },
  ru: { pipeline: 'Продажи', stages: ['Новая заявка', 'Первый звонок', 'Отправлено предложение', 'Встреча', 'Выиграна', 'Проиграна'], reasons: ['Дорого', 'Выбрали конкурента', 'Нет бюджета', 'Не отвечает', 'Не подходит'] },
  bg: { pipeline: 'Продажби', stages: ['Ново запитване', 'Първо обаждане', 'Изпратена оферта', 'Среща', 'Спечелена', 'Загубена'], reasons: ['Скъпо', 'Избраха конкурент', 'Няма бюджет', 'Не отговаря', 'Не е подходящо'] },
};
const STAGE_SHAPE = [
  { color: '#228be6', probability: 10, kind: 'open' }, { color: '#15aabf', probability: 20, kind: 'open' },
  { color: '#fab005', probability: 50, kind: 'open' }, { color: '#fd7e14', probability: 70, kind: 'open' },
  { color: '#40c057', probability: 100, kind: 'won' }, { color: '#fa5252', probability: 0, kind: 'lost' },
];

async function seedExistingWorkspaces(db: Kysely<any>): Promise<void> {
  const workspaces: Array<{ id: string; locale: string }> = await db.selectFrom('workspaces').select(['id', 'locale']).execute();
  const at = new Date().toISOString();
  for (const ws of workspaces) {
    const texts = DEFAULTS[ws.locale.slice(0, 2)] ?? DEFAULTS.en!;
    const pipelineId = crypto.randomUUID();
    await db.insertInto('pipelines').values({ id: pipelineId, workspace_id: ws.id, name: texts.pipeline, position: 0, retired_at: null, version: 1, created_at: at, updated_at: at }).execute();
    await db.insertInto('pipeline_stages').values(STAGE_SHAPE.map((s, i) => ({
      id: crypto.randomUUID(), workspace_id: ws.id, pipeline_id: pipelineId, name: texts.stages[i], color: s.color, probability: s.probability,
      kind: s.kind, rotting_days: null, position: i, retired_at: null, version: 1, created_at: at, updated_at: at,
    }))).execute();
    await db.insertInto('lost_reasons').values(texts.reasons.map((name, i) => ({
      id: crypto.randomUUID(), workspace_id: ws.id, name, position: i, retired_at: null, version: 1, created_at: at, updated_at: at,
    }))).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['deal_stage_moves', 'deal_items', 'deal_contacts', 'deals', 'products', 'lost_reasons', 'pipeline_stages', 'pipelines']) await db.schema.dropTable(table).execute();
}
