import type { Module } from '../../platform/access/permissions.js';
import { AppError } from '../../platform/errors.js';
import type { RecordDuplicates } from '../../platform/records/record-type.js';
import { recordType, recordTypes } from '../../platform/records/registry.js';
import { z } from 'zod';

/**
 * The record types duplicates are looked for in, read from the registry: a type takes part when
 * its registration has a `duplicates` description (decision 0018). Nothing here names a type.
 */

/** The matching strategies a registration may pick. */
export const STRATEGIES = ['person', 'organisation'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface DuplicateKind extends RecordDuplicates {
  entityType: string;
  table: string;
  module: Module;
  strategy: Strategy;
}

/** The duplicates description of a registered type, or undefined when it has none. */
export function findDuplicateKind(entityType: string): DuplicateKind | undefined {
  const type = recordType(entityType);
  if (!type?.duplicates) return undefined;
  if (!(STRATEGIES as readonly string[]).includes(type.duplicates.strategy)) throw new Error(`Record type ${entityType} names an unknown duplicates strategy ${type.duplicates.strategy}`);
  return { ...type.duplicates, strategy: type.duplicates.strategy as Strategy, entityType: type.entityType, table: type.table, module: type.module };
}

/** The duplicates description of a type. @throws AppError validation_failed (`entity: invalid_option`) when the type has none */
export function duplicateKind(entityType: string): DuplicateKind {
  const kind = findDuplicateKind(entityType);
  if (!kind) throw new AppError('validation_failed', `${entityType} records have no duplicate detection`, { entity: 'invalid_option' });
  return kind;
}

/** The names of every type with duplicate detection. */
export function duplicateEntityTypes(): string[] {
  return recordTypes().filter((t) => t.duplicates).map((t) => t.entityType);
}

/** A request field naming a type with duplicate detection, checked against the registry when the request comes. */
export const entitySchema = z.string().max(60, 'too_long').refine((name) => findDuplicateKind(name) !== undefined, 'invalid_option')
  .describe('A record type with duplicate detection (contact, company)');

/** Why two records look like one: the same phone, email, tax id, or name. */
export type Reason = 'phone' | 'email' | 'tax_id' | 'name';

/** How sure each reason makes us, 0..100; a pair scores its strongest reason. */
export const REASON_SCORE = { tax_id: 95, phone: 90, email: 90, nameInCompany: 70, name: 40 } as const;

/** The score of a set of reasons: the strongest one. `nameInCompany` when the shared name is at a shared company. */
export function scoreOf(reasons: ReadonlySet<Reason>, nameInCompany: boolean): number {
  let score = 0;
  if (reasons.has('tax_id')) score = Math.max(score, REASON_SCORE.tax_id);
  if (reasons.has('phone')) score = Math.max(score, REASON_SCORE.phone);
  if (reasons.has('email')) score = Math.max(score, REASON_SCORE.email);
  if (reasons.has('name')) score = Math.max(score, nameInCompany ? REASON_SCORE.nameInCompany : REASON_SCORE.name);
  return score;
}

/** Reasons in a fixed order, for stable answers. */
export function orderedReasons(reasons: ReadonlySet<Reason>): Reason[] {
  return (['tax_id', 'phone', 'email', 'name'] as const).filter((r) => reasons.has(r));
}
