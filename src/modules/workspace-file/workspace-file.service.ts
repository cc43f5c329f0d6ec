import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { connect } from '../../db/connect.js';
import type { Database } from '../../db/database.js';
import { isAdmin, scopeOf, type Actor } from '../../platform/access/actor.js';
import { now } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import { AppError } from '../../platform/errors.js';
import { audit } from '../../platform/history/record-change.js';
import { recordTypes } from '../../platform/records/registry.js';
import { exportWorkspace } from './workspace-export.js';

/** The admin's "download the whole workspace": the CLI's export of one workspace, streamed over HTTP. */

/**
 * A reader of its own on a SQLite file, so the export's long read transaction never holds the
 * server's one connection (WAL lets it read a snapshot while the server writes). Only when the
 * file is this server's database (it holds the workspace); otherwise the server's connection.
 */
async function reader(db: Kysely<Database>, config: Config, workspaceId: string): Promise<{ db: Kysely<Database>; close(): Promise<void> }> {
  const file = path.join(config.dataDir, 'kartoteka.db');
  if (config.databaseUrl || !fs.existsSync(file)) return { db, close: async () => undefined };
  const own = connect({ sqlitePath: file });
  const found = await own.db.selectFrom('workspaces').select('id').where('id', '=', workspaceId).executeTakeFirst().catch(() => undefined);
  if (found) return own;
  await own.close();
  return { db, close: async () => undefined };
}

/**
 * Starts the download of the actor's whole workspace as a workspace file. Only an administrator
 * who may export every kind of record (all of them) may; audited as `workspace.exported`, or
 * `workspace.export_refused` when refused.
 * @throws AppError forbidden
 */
export async function downloadWorkspace(db: Kysely<Database>, actor: Actor, config: Config): Promise<{ fileName: string; body: Readable }> {
  const who = { workspaceId: actor.workspaceId, actorId: actor.userId, ip: actor.ip, userAgent: actor.userAgent, requestId: actor.requestId };
  const modules = [...new Set(recordTypes().map((k) => k.module))];
  if (!isAdmin(actor) || modules.some((m) => scopeOf(actor, m, 'export') !== 'all')) {
    await audit(db, who, 'workspace.export_refused', { entityType: 'workspace', entityId: actor.workspaceId, changes: { reason: 'permission' } });
    throw new AppError('forbidden', 'Only an administrator who may export every record can download the whole workspace');
  }
  await audit(db, who, 'workspace.exported', { entityType: 'workspace', entityId: actor.workspaceId, changes: { format: 'kartoteka-workspace' } });
  const body = new PassThrough();
  const source = await reader(db, config, actor.workspaceId);
  void exportWorkspace(source.db, {
    dataDir: config.dataDir,
    workspaceId: actor.workspaceId,
    write: async (line) => {
      if (body.destroyed) throw new Error('the download was abandoned');
      if (!body.write(`${line}\n`)) await Promise.race([once(body, 'drain'), once(body, 'close')]);
    },
  }).then(() => body.end(), (error: Error) => body.destroy(error)).finally(() => source.close());
  return { fileName: `kartoteka-workspace-${now().slice(0, 10)}.jsonl`, body };
}
