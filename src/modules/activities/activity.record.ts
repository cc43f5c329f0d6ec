import { sql, type ExpressionBuilder } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import { visibleTo, widenVisibility } from '../../platform/access/visibility.js';
import { AppError } from '../../platform/errors.js';
import type { ListParam } from '../../platform/records/record-type.js';
import { registerRecordType } from '../records/record-entity.js';
import { activityColumns, workspaceZone } from './activity-columns.js';
import { activityInputFromVersion } from './activity-history.js';
import {
  ACTIVITY_TYPE, activityLookups, afterActivityDelete, afterActivityWrite, beforeActivityPurge, presentActivityRow, presentActivityRows,
} from './activities.service.js';
import { activityListItem, activityOutput, createActivityInput, STATUSES, updateActivityInput } from './activities.schema.js';

/**
 * Activities as a record type (decision 0025). An activity is seen by whoever its owner rule
 * reaches, and also by whoever may see its contact, company or deal: the widening below joins
 * the one visibility helper, so lists, export, history, trash, tokens and the calendar obey it.
 */
function linkedVisible(actor: Actor, table: string) {
  return (eb: ExpressionBuilder<any, any>) => {
    const link = (column: string, linked: string, module: 'contacts' | 'companies' | 'deals') => {
      const alias = `via_${linked}`;
      return eb.exists(eb.selectFrom(`${linked} as ${alias}`).select(sql.lit(1).as('one'))
        .whereRef(`${alias}.id`, '=', `${table}.${column}`).where(`${alias}.deleted_at`, 'is', null).where(visibleTo(actor, module, alias)));
    };
    return eb.or([link('contact_id', 'contacts', 'contacts'), link('company_id', 'companies', 'companies'), link('deal_id', 'deals', 'deals')]);
  };
}
widenVisibility('activities', linkedVisible);

const commaList = (value: unknown) => String(value ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '');

/** `status=planned` / `status=done`. */
const statusParam: ListParam = {
  schema: z.string().max(20, 'too_long').optional(),
  sample: 'planned',
  condition(value, _actor, table) {
    const wanted = commaList(value);
    if (wanted.some((s) => !(STATUSES as readonly string[]).includes(s))) throw new AppError('validation_failed', 'Unknown status', { status: 'invalid_option' });
    return wanted.length === 1 ? (eb) => eb(`${table}.status`, '=', wanted[0]!) : undefined;
  },
};

/** `kind=call,meeting`. */
const kindParam: ListParam = {
  schema: z.string().max(400, 'too_long').optional(),
  sample: 'call',
  condition(value, _actor, table) {
    const wanted = commaList(value);
    return wanted.length > 0 ? (eb) => eb(`${table}.kind`, 'in', wanted) : undefined;
  },
};

export const ACTIVITY_RECORD = registerRecordType({
  entityType: ACTIVITY_TYPE,
  plural: 'activities',
  table: 'activities',
  module: 'activities',
  resultKey: 'activity',
  title: (row) => String(row.title),
  filterColumns: new Map([
    ['title', { column: 'title', kind: 'text' }],
    ['kind', { column: 'kind', kind: 'enum' }],
    ['status', { column: 'status', kind: 'enum' }],
    ['priority', { column: 'priority', kind: 'enum' }],
    ['ownerId', { column: 'owner_id', kind: 'id' }],
    ['contactId', { column: 'contact_id', kind: 'id' }],
    ['companyId', { column: 'company_id', kind: 'id' }],
    ['dealId', { column: 'deal_id', kind: 'id' }],
    ['dueAt', { column: 'due_at', kind: 'time' }],
    ['doneAt', { column: 'done_at', kind: 'time' }],
    ['createdAt', { column: 'created_at', kind: 'time' }],
    ['updatedAt', { column: 'updated_at', kind: 'time' }],
  ]),
  sorts: new Map([
    ['name', { column: 'sort_name', nullable: false, value: 'text' }],
    ['dueAt', { column: 'due_at', nullable: true, value: 'time' }],
    ['createdAt', { column: 'created_at', nullable: false, value: 'time' }],
    ['updatedAt', { column: 'updated_at', nullable: false, value: 'time' }],
  ]),
  listParams: new Map([['status', statusParam], ['kind', kindParam]]),
  // `timeline`: a call's recording is a file attached to the activity itself.
  features: { customFields: false, tags: false, search: false, timeline: true, savedViews: true, merge: false },
  schemas: { create: createActivityInput, update: updateActivityInput, output: activityOutput, listItem: activityListItem },
  columnsFromInput: (db, actor, input, before, _ctx, errors) => activityColumns(db, actor, input, before, errors),
  inputFromVersion: async (db, actor, data) => activityInputFromVersion(data, await workspaceZone(db, actor.workspaceId)),
  afterWrite: (trx, row, _ctx, change) => afterActivityWrite(trx, row, change),
  afterDelete: (trx, row, actor) => afterActivityDelete(trx, row, actor),
  beforePurge: (trx, workspaceId, id) => beforeActivityPurge(trx, workspaceId, id),
  present: (db, actor, row) => presentActivityRow(db, actor, row),
  presentList: (db, actor, rows) => presentActivityRows(db, actor, rows),
  csv: (db, actor) => ({
    headers: ['kind', 'title', 'status', 'dueAt', 'allDay', 'endsAt', 'contact', 'company', 'deal', 'priority', 'result', 'owner', 'createdAt', 'doneAt', 'id'],
    async cells(page) {
      const lookups = await activityLookups(db, actor, page, false);
      const name = (type: string, id: unknown) => (id ? lookups.names.get(`${type}:${String(id)}`) ?? null : null);
      return page.map((row) => [
        String(row.kind), String(row.title), String(row.status), (row.due_at as string | null) ?? null, Number(row.all_day) === 1 ? 'yes' : 'no', (row.ends_at as string | null) ?? null,
        name('contact', row.contact_id), name('company', row.company_id), name('deal', row.deal_id), String(row.priority), (row.result as string | null) ?? null,
        String(row.owner_name ?? ''), row.created_at, (row.done_at as string | null) ?? null, row.id,
      ]);
    },
  }),
});
