import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import { fromJson } from '../../platform/json.js';
import { majorAmount } from '../../platform/money.js';
import type { ListParam } from '../../platform/records/record-type.js';
import { UUID_PATTERN } from '../../platform/schemas.js';
import { visibleTo } from '../../platform/access/visibility.js';
import { registerRecordType } from '../records/record-entity.js';
import { deleteRecordTags } from '../records/record-tags.js';
import { noNextStepParam, rottingParam } from './deal-rotting.js';
import { DEAL_SEARCH } from './deal-search.js';
import { dealColumns, dealInputFromVersion } from './deal-columns.js';
import { afterDealWrite, DEAL_TYPE, dealLookups, presentDealRow, presentDealRows } from './deals.service.js';
import { createDealInput, dealListItem, dealOutput, updateDealInput } from './deals.schema.js';

/** Deals as a record type: money on a pipeline's stage, with a client, people, tags and custom fields. */

const commaList = (value: unknown) => String(value ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '');
const STATUSES = ['open', 'won', 'lost'] as const;

/** `status=open,won`: by whether the deal is open, won or lost. */
const statusParam: ListParam = {
  schema: z.string().max(50, 'too_long').optional(),
  sample: 'open',
  condition(value, _actor, table) {
    const wanted = commaList(value);
    if (wanted.some((s) => !(STATUSES as readonly string[]).includes(s))) throw new AppError('validation_failed', 'Unknown status', { status: 'invalid_option' });
    if (wanted.length === 0 || wanted.length === 3) return undefined;
    return (eb) => eb.or(wanted.map((s) => (s === 'open' ? eb(`${table}.closed_at`, 'is', null) : eb(`${table}.${s}_at`, 'is not', null))));
  },
};

/** `stageId=a,b` / `pipelineId=a`: deals on these stages or pipelines (the board's columns). */
function idListParam(name: string, column: string): ListParam {
  return {
    schema: z.string().max(40 * 37, 'too_long').optional(),
    condition(value, _actor, table) {
      const ids = commaList(value);
      if (ids.some((id) => !UUID_PATTERN.test(id))) throw new AppError('validation_failed', `${name} must list ids`, { [name]: 'invalid_id' });
      return ids.length > 0 ? (eb) => eb(`${table}.${column}`, 'in', ids) : undefined;
    },
  };
}

/** Deals a visible contact takes part in; a hidden contact matches nothing, as if it did not exist. */
const contactParam: ListParam = {
  schema: z.string().max(64, 'invalid_id').optional(),
  condition(value, actor, table) {
    const contactId = String(value);
    if (!UUID_PATTERN.test(contactId)) throw new AppError('validation_failed', 'contactId must be an id', { contactId: 'invalid_id' });
    return (eb) => eb(`${table}.id`, 'in', eb.selectFrom('deal_contacts as dc').innerJoin('contacts as person', 'person.id', 'dc.contact_id')
      .select('dc.deal_id').where('dc.contact_id', '=', contactId).where('person.deleted_at', 'is', null).where(visibleTo(actor, 'contacts', 'person')));
  },
};

/** Deals of a visible company; a hidden company matches nothing. */
const companyParam: ListParam = {
  schema: z.string().max(64, 'invalid_id').optional(),
  condition(value, actor, table) {
    const companyId = String(value);
    if (!UUID_PATTERN.test(companyId)) throw new AppError('validation_failed', 'companyId must be an id', { companyId: 'invalid_id' });
    return (eb) => eb.and([eb(`${table}.company_id`, '=', companyId), eb.exists(eb.selectFrom('companies as client').select('client.id')
      .whereRef('client.id', '=', `${table}.company_id`).where('client.deleted_at', 'is', null).where(visibleTo(actor, 'companies', 'client')))]);
  },
};

export const DEAL_RECORD = registerRecordType({
  entityType: DEAL_TYPE,
  plural: 'deals',
  table: 'deals',
  module: 'deals',
  resultKey: 'deal',
  title: (row) => String(row.title),
  filterColumns: new Map([
    ['title', { column: 'title', kind: 'text' }],
    ['pipelineId', { column: 'pipeline_id', kind: 'id' }],
    ['stageId', { column: 'stage_id', kind: 'id' }],
    ['ownerId', { column: 'owner_id', kind: 'id' }],
    ['amount', { column: 'amount', kind: 'number' }],
    ['currency', { column: 'currency', kind: 'enum' }],
    ['expectedClose', { column: 'expected_close', kind: 'date' }],
    ['wonAt', { column: 'won_at', kind: 'time' }],
    ['lostAt', { column: 'lost_at', kind: 'time' }],
    ['closedAt', { column: 'closed_at', kind: 'time' }],
    ['lostReasonId', { column: 'lost_reason_id', kind: 'id' }],
    ['source', { column: 'source', kind: 'text' }],
    ['createdAt', { column: 'created_at', kind: 'time' }],
    ['updatedAt', { column: 'updated_at', kind: 'time' }],
  ]),
  sorts: new Map([
    ['name', { column: 'sort_name', nullable: false, value: 'text' }],
    // The order of cards in a board column.
    ['board', { column: 'board_position', nullable: false, value: 'text' }],
    ['amount', { column: 'amount', nullable: false, value: 'number' }],
    ['expectedClose', { column: 'expected_close', nullable: true, value: 'text' }],
    ['wonAt', { column: 'won_at', nullable: true, value: 'time' }],
    ['createdAt', { column: 'created_at', nullable: false, value: 'time' }],
    ['updatedAt', { column: 'updated_at', nullable: false, value: 'time' }],
    ['lastActivityAt', { column: 'last_activity_at', nullable: true, value: 'time' }],
  ]),
  listParams: new Map([['pipelineId', idListParam('pipelineId', 'pipeline_id')], ['stageId', idListParam('stageId', 'stage_id')], ['status', statusParam], ['contactId', contactParam], ['companyId', companyParam], ['rotting', rottingParam], ['noNextStep', noNextStepParam]]),
  features: { customFields: true, tags: true, search: true, timeline: true, savedViews: true, merge: false, sharing: true },
  // The amount and its line items (their prices add up to it); the comment (decision 0027).
  protectedFields: [
    { name: 'amount', mask: null, columns: ['amount', 'items'], outputKeys: ['amount', 'items'], inputKeys: ['amount', 'items'], filters: ['amount'], sorts: ['amount'] },
    { name: 'comment', mask: 'text', columns: ['comment'], outputKeys: ['comment'], inputKeys: ['comment'] },
  ],
  search: DEAL_SEARCH,
  schemas: { create: createDealInput, update: updateDealInput, output: dealOutput, listItem: dealListItem },
  columnsFromInput: (db, actor, input, before, _ctx, errors) => dealColumns(db, actor, input, before, errors),
  inputFromVersion: async (_db, _actor, data) => dealInputFromVersion(data),
  afterWrite: (trx, row, _ctx, change) => afterDealWrite(trx, row, change),
  beforePurge: (trx, _workspaceId, id) => deleteRecordTags(trx, DEAL_TYPE, id),
  present: (db, actor, row) => presentDealRow(db, actor, row),
  presentList: (db, actor, rows) => presentDealRows(db, actor, rows),
  csv: (db, actor) => ({
    headers: ['title', 'pipeline', 'stage', 'status', 'amount', 'currency', 'expectedClose', 'company', 'lostReason', 'source', 'tags', 'owner', 'createdAt', 'wonAt', 'lostAt', 'id'],
    async cells(page) {
      const lookups = await dealLookups(db, actor, page, false);
      return page.map((row) => [
        String(row.title), lookups.pipelines.get(String(row.pipeline_id))?.name ?? '', lookups.stages.get(String(row.stage_id))?.name ?? '',
        row.won_at ? 'won' : row.lost_at ? 'lost' : 'open', majorAmount(Number(row.amount ?? 0), String(row.currency)), String(row.currency), (row.expected_close as string | null) ?? null,
        row.company_id ? lookups.companies.get(String(row.company_id)) ?? null : null, row.lost_reason_id ? lookups.reasons.get(String(row.lost_reason_id))?.name ?? null : null,
        (row.source as string | null) ?? null, (fromJson<string[]>(row.tags) ?? []).join('; '), String(row.owner_name ?? ''), row.created_at,
        (row.won_at as string | null) ?? null, (row.lost_at as string | null) ?? null, row.id,
      ]);
    },
  }),
});
