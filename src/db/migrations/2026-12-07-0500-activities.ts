import { sql, type Kysely } from 'kysely';
import { notNull, types } from './lib.js';

/**
 * Activities (decision 0025): calls, meetings, letters, notes, tasks and admin-defined kinds, one
 * record type linked to a contact, a company and a deal; the admin's own kinds; the timeline items
 * mirroring an activity (`source_id`); a deal's next planned step (`next_activity_at`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = types(db);

  await db.schema.createTable('activity_types')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('key', 'text', notNull)
    // { en, ru, bg }: the kind's name per language.
    .addColumn('names', t.json, notNull)
    .addColumn('icon', 'text')
    .addColumn('color', 'text')
    .addColumn('position', 'integer', notNull)
    .addColumn('retired_at', t.time)
    .addColumn('version', 'integer', notNull)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .execute();
  await db.schema.createIndex('activity_types_key_idx').on('activity_types').columns(['workspace_id', 'key']).unique().execute();

  await db.schema.createTable('activities')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    // The assignee.
    .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id'))
    // call | meeting | email | note | task | an activity_types key
    .addColumn('kind', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('sort_name', 'text', notNull)
    .addColumn('body', 'text')
    // planned | done
    .addColumn('status', 'text', notNull)
    .addColumn('contact_id', t.id, (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('company_id', t.id, (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('deal_id', t.id, (c) => c.references('deals.id').onDelete('set null'))
    // When it is due (a task), starts (a meeting) or happened (a logged call); all-day: the local midnight of its day in the workspace zone.
    .addColumn('due_at', t.time)
    .addColumn('all_day', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ends_at', t.time)
    .addColumn('place', 'text')
    // [{ type: 'user' | 'contact', id }]
    .addColumn('participants', t.json, (c) => c.notNull().defaultTo('[]'))
    // in | out (calls)
    .addColumn('direction', 'text')
    .addColumn('duration_seconds', 'integer')
    .addColumn('result', 'text')
    .addColumn('recording_id', t.id)
    // low | normal | high
    .addColumn('priority', 'text', (c) => c.notNull().defaultTo('normal'))
    // [{ text, done }]
    .addColumn('checklist', t.json, (c) => c.notNull().defaultTo('[]'))
    // { every, interval, weekdays, monthDay, until, count } or null
    .addColumn('recurrence', t.json)
    .addColumn('series_id', t.id)
    .addColumn('occurrence', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('reminder_minutes', 'integer')
    .addColumn('remind_at', t.time)
    .addColumn('reminded_at', t.time)
    .addColumn('done_at', t.time)
    .addColumn('done_by', t.id)
    .addColumn('custom', t.json, (c) => c.notNull().defaultTo('{}'))
    .addColumn('tags', t.json, (c) => c.notNull().defaultTo('[]'))
    .addColumn('last_activity_at', t.time)
    .addColumn('version', 'integer', notNull)
    .addColumn('created_by', t.id)
    .addColumn('created_at', t.time, notNull)
    .addColumn('updated_at', t.time, notNull)
    .addColumn('deleted_at', t.time)
    .addColumn('deleted_by', t.id)
    .execute();
  const live = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('activities').columns(columns).where(sql.ref('deleted_at'), 'is', null).execute();
  // My day and the calendar: one user's planned (or done) activities in time order.
  await live('activities_owner_due_idx', ['workspace_id', 'owner_id', 'status', 'due_at', 'id']);
  await live('activities_due_idx', ['workspace_id', 'due_at', 'id']);
  await live('activities_name_idx', ['workspace_id', 'sort_name', 'id']);
  await live('activities_created_idx', ['workspace_id', 'created_at', 'id']);
  await live('activities_updated_idx', ['workspace_id', 'updated_at', 'id']);
  await live('activities_contact_idx', ['contact_id', 'status', 'due_at']);
  await live('activities_company_idx', ['company_id', 'status', 'due_at']);
  // A deal's next planned step.
  await live('activities_deal_idx', ['deal_id', 'status', 'due_at']);
  await db.schema.createIndex('activities_series_idx').on('activities').columns(['series_id', 'occurrence']).where('series_id', 'is not', null).execute();
  await db.schema.createIndex('activities_remind_idx').on('activities').columns(['remind_at'])
    .where((eb) => eb.and([eb(sql.ref('reminded_at'), 'is', null), eb(sql.ref('deleted_at'), 'is', null), eb(sql.ref('status'), '=', sql.lit('planned')), eb(sql.ref('remind_at'), 'is not', null)])).execute();
  await db.schema.createIndex('activities_deleted_idx').on('activities').columns(['workspace_id', 'deleted_at']).where('deleted_at', 'is not', null).execute();

  // An item that mirrors a record of another module (an activity on its contact's, company's and deal's feeds).
  await db.schema.alterTable('timeline_items').addColumn('source_id', t.id).execute();
  await db.schema.createIndex('timeline_items_source_idx').on('timeline_items').column('source_id').where('source_id', 'is not', null).execute();

  // The earliest planned activity of an open deal: null is "no next step".
  await db.schema.alterTable('deals').addColumn('next_activity_at', t.time).execute();
  await db.schema.createIndex('deals_next_step_idx').on('deals').columns(['workspace_id', 'next_activity_at', 'sort_name', 'id'])
    .where((eb) => eb.and([eb(sql.ref('deleted_at'), 'is', null), eb(sql.ref('closed_at'), 'is', null)])).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('deals_next_step_idx').execute();
  await db.schema.alterTable('deals').dropColumn('next_activity_at').execute();
  await db.schema.dropIndex('timeline_items_source_idx').execute();
  await db.schema.alterTable('timeline_items').dropColumn('source_id').execute();
  await db.schema.dropTable('activities').execute();
  await db.schema.dropTable('activity_types').execute();
}
