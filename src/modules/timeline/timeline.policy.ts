import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { scopeOf } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import type { Action, Module } from '../../platform/access/permissions.js';
import { entityType } from '../../platform/entities/registry.js';
import { AppError } from '../../platform/errors.js';
import { recordType } from '../../platform/records/registry.js';
import { UUID_PATTERN } from '../../platform/schemas.js';
import { findRecordRow } from '../records/records.service.js';
import { markHidden } from '../security/refused.service.js';

/**
 * Who may do what on a timeline or an attachment list: everything follows the subject record
 * (any record type registered with a timeline), looked up through the entity registry so this
 * module never reads another module's tables for rights.
 */

export interface Subject {
  type: string;
  id: string;
  module: Module;
  /** The record's title (a contact's display name, a company's name). */
  title: string;
}

/**
 * The live subject if the actor's scope for `action` reaches it, else undefined (a deleted or
 * merged-away record counts as missing; so does a type nobody registered).
 */
export async function findSubject(db: Executor, actor: Actor, type: string, id: string, action: Action = 'view'): Promise<Subject | undefined> {
  const entity = entityType(type);
  if (!entity || scopeOf(actor, entity.module, action) === 'none') return undefined;
  const record = await entity.find(db, actor, id, action);
  if (!record || record.deletedAt) return undefined;
  return { type, id, module: entity.module, title: record.title };
}

/** The 404 of a subject not found; counted as a refused attempt when the record exists out of sight. */
async function subjectNotFound(db: Executor, actor: Actor, type: string, id: string): Promise<AppError> {
  const error = new AppError('not_found', 'Record not found');
  const kind = recordType(type);
  if (kind && UUID_PATTERN.test(id) && (await findRecordRow(db, kind.table, actor.workspaceId, id))) markHidden(error, type, id);
  return error;
}

/**
 * The subject the actor reads (`view`) or writes on (`edit`: a note, an upload). A record outside
 * the view scope is 404; one the actor sees but may not change is 403, as is a module the role
 * cannot touch at all.
 * @throws AppError not_found | forbidden
 */
export async function requireSubject(db: Executor, actor: Actor, type: string, id: string, need: 'view' | 'edit' = 'view'): Promise<Subject> {
  const entity = entityType(type);
  if (!entity) throw new AppError('not_found', 'Record not found');
  authorize(actor, entity.module, 'view');
  const subject = await findSubject(db, actor, type, id, 'view');
  if (!subject) throw await subjectNotFound(db, actor, type, id);
  if (need === 'edit') {
    authorize(actor, entity.module, 'edit');
    if (!(await findSubject(db, actor, type, id, 'edit'))) throw new AppError('forbidden', 'You can see this record but not add to it');
  }
  return subject;
}

/**
 * Answers "may this actor change or remove that item of the subject" — its author always may; anyone
 * else needs the delete scope over the subject. Memoised per subject for one request's list.
 */
export class ItemRights {
  private readonly reach = new Map<string, Promise<boolean>>();
  constructor(private readonly db: Executor, private readonly actor: Actor) {}

  /** Whether the actor's delete scope reaches the subject. */
  reachesForDelete(subjectType: string, subjectId: string): Promise<boolean> {
    const key = `${subjectType}:${subjectId}`;
    let found = this.reach.get(key);
    if (!found) {
      found = findSubject(this.db, this.actor, subjectType, subjectId, 'delete').then((s) => s !== undefined);
      this.reach.set(key, found);
    }
    return found;
  }

  async canManage(item: { subject_type: string; subject_id: string; author_id: string | null }): Promise<boolean> {
    const module = entityType(item.subject_type)?.module;
    if (!module) return false;
    // A read-only API token of the author changes nothing.
    const isAuthor = item.author_id !== null && item.author_id === this.actor.userId && scopeOf(this.actor, module, 'edit') !== 'none';
    return isAuthor || this.reachesForDelete(item.subject_type, item.subject_id);
  }
}
