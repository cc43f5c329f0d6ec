import { z } from 'zod';
import { registerShareable } from '../access/visibility.js';
import type { RecordType } from './record-type.js';

/**
 * The one list of record types. Modules register theirs at import time (their `*.record.ts`,
 * imported by src/modules/index.ts); everything generic asks here instead of naming types.
 */
const byType = new Map<string, RecordType>();
const byPlural = new Map<string, RecordType>();

/** Registers a type once; registering a name twice, or two types on one search slot, is a programming error. */
export function addRecordType(type: RecordType): void {
  const existing = byType.get(type.entityType);
  if (existing && existing !== type) throw new Error(`Record type ${type.entityType} is registered twice`);
  const slot = type.search?.slot;
  if (slot !== undefined) {
    if (!Number.isInteger(slot) || slot < 0 || slot > 14) throw new Error(`Record type ${type.entityType}: search slot ${slot} is not 0 to 14`);
    const taken = [...byType.values()].find((t) => t !== existing && t.search?.slot === slot);
    if (taken) throw new Error(`Record types ${taken.entityType} and ${type.entityType} share search slot ${slot}`);
  }
  byType.set(type.entityType, type);
  byPlural.set(type.plural, type);
  if (type.features.sharing) registerShareable(type.module, type.entityType);
}

/** The registered type of that name (an unknown name is undefined, never an inherited property). */
export function recordType(entityType: string): RecordType | undefined {
  return byType.get(entityType);
}

/** Every registered type, in registration order. */
export function recordTypes(): RecordType[] {
  return [...byType.values()];
}

/** The names of the types that have a feature (`customFields`, `timeline`...). */
export function recordTypesWith(feature: keyof RecordType['features']): string[] {
  return recordTypes().filter((t) => t.features[feature]).map((t) => t.entityType);
}

/**
 * A request field naming a record type that has a feature: checked against the registry when the
 * request comes (types register at start-up, after schemas are built), so a new type needs no edit here.
 */
export function recordTypeName(feature: keyof RecordType['features']) {
  return z.string().max(60, 'too_long').refine((name) => recordType(name)?.features[feature] === true, 'invalid_option')
    .describe(`A record type with ${feature} (e.g. contact, company)`);
}
