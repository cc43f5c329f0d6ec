import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import type { JobHandler, JobRegistry } from '../../platform/jobs/jobs.registry.js';
import { toJson } from '../../platform/json.js';
import { normalizePhoneInCountries } from '../../platform/phones/phones.js';
import { PHONE_RECHECK_JOB } from '../../platform/phones/phones.jobs.js';
import { systemActor } from '../users/users.service.js';
import { COMPANY, CONTACT, parseRow, type ClientKind } from './client-kind.js';
import { recordsWithFlaggedPhones } from './client-phone-recheck.repository.js';
import type { StoredPhone } from './client-points.js';
import { recordType } from '../../platform/records/registry.js';
import { findRecord } from '../records/records.service.js';
import { recordContext, writeRecordVersion } from '../records/records.service.js';

const BATCH = 200;

/**
 * The phones after reading each kept-as-typed one again in `countries`: one valid in exactly one
 * country gets its E.164 and loses the flag (dropped when the record has that number already);
 * the rest stay as they were. Null when nothing changes.
 */
export function recheckedPhones(phones: StoredPhone[], countries: readonly string[]): StoredPhone[] | null {
  const held = new Set(phones.filter((p) => p.e164).map((p) => `${p.e164};${p.ext ?? ''}`));
  let changed = false;
  const out: StoredPhone[] = [];
  for (const phone of phones) {
    const parsed = phone.flagged === 1 && phone.e164 === null ? normalizePhoneInCountries(phone.value, countries) : null;
    if (!parsed?.ok) {
      out.push(phone);
      continue;
    }
    changed = true;
    const key = `${parsed.e164};${parsed.ext ?? ''}`;
    if (held.has(key)) continue;
    held.add(key);
    out.push({ type: phone.type, value: phone.value, e164: parsed.e164, flagged: 0, ...(parsed.ext ? { ext: parsed.ext } : {}) });
  }
  return changed ? out : null;
}

/** Rechecks one record in its own transaction; answers whether it changed. */
async function recheckRecord(db: Kysely<Database>, actor: Actor, kind: ClientKind, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const type = recordType(kind.entityType)!;
    const row = await findRecord(trx, type, actor, id);
    if (!row) return false;
    const ctx = await recordContext(trx, actor.workspaceId, type);
    const phones = recheckedPhones(parseRow(row as never).phones, ctx.phoneCountries ?? [ctx.country]);
    if (!phones) return false;
    await writeRecordVersion(trx, actor, type, row, { phones: toJson(phones) }, ctx, 'update');
    return true;
  });
}

/** Walks one kind's records with flagged phones; a record that fails is logged and skipped. */
async function recheckKind(db: Kysely<Database>, actor: Actor, kind: ClientKind, logger: Logger): Promise<number> {
  let after: string | null = null;
  let changed = 0;
  for (;;) {
    const ids = await recordsWithFlaggedPhones(db, kind, actor.workspaceId, after, BATCH);
    for (const id of ids) {
      try {
        if (await recheckRecord(db, actor, kind, id)) changed++;
      } catch (err) {
        // A concurrent edit (409) leaves the record to its editor, whose save reads the new countries.
        logger.warn({ err, entityType: kind.entityType, id, workspaceId: actor.workspaceId }, 'could not recheck the phones of a record');
      }
    }
    if (ids.length < BATCH) return changed;
    after = ids[ids.length - 1]!;
  }
}

/**
 * The `phones.recheck` job of one workspace: reads every phone kept as typed again in the
 * workspace's client countries, as they are when the job runs, and stores the ones that now read
 * as exactly one number. Safe to run again: a fixed phone is no longer flagged.
 */
export function phoneRecheckHandler(): JobHandler {
  return async (job, { db, logger }) => {
    if (!job.workspaceId) return;
    const actor = systemActor(job.workspaceId);
    for (const kind of [CONTACT, COMPANY]) {
      const changed = await recheckKind(db, actor, kind, logger);
      if (changed > 0) logger.info({ workspaceId: job.workspaceId, entityType: kind.entityType, changed }, 'phones kept as typed now read');
    }
  };
}

/** Registers the `phones.recheck` handler on a worker's registry. */
export function registerPhoneRecheckJob(registry: JobRegistry): void {
  registry.register(PHONE_RECHECK_JOB, phoneRecheckHandler());
}
