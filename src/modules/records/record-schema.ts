import { z } from 'zod';
import { optionalText, queryInt, queryVersion } from '../../platform/schemas.js';
import { isoDateQuery } from '../audit/audit.schema.js';

/** Zod pieces every record list shares: filter and page parameters, delete and bulk answers. */

/** Sort keys look like `name`, `-createdAt` or `custom.<key>`; which exist is the type's business (checked with a Map). */
const SORT_PATTERN = /^-?([a-zA-Z][a-zA-Z0-9]{0,39}|custom\.[a-z][a-z0-9_]{0,39})$/;

/** The filter parameters of a list (and of its export). */
export const listFilterFields = {
  q: optionalText(200).unwrap().unwrap().optional(),
  ownerId: z.string().max(4000, 'too_long').optional(),
  tag: z.string().max(2000, 'too_long').optional(),
  createdFrom: isoDateQuery.optional(),
  createdTo: isoDateQuery.optional(),
  noActivityDays: queryInt(1, 3650).optional(),
  filter: z.string().max(20_000, 'too_long').optional(),
  sort: z.string().regex(SORT_PATTERN, 'invalid_option').default('name'),
};

export const listPageFields = {
  limit: queryInt(1, 200).default(50),
  cursor: z.string().max(2000, 'too_long').optional(),
  count: z.enum(['0', '1', 'true', 'false']).optional(),
};

/** What the list builder reads; a type's own parameters (`status`, `companyId`) ride along. */
export interface ListFilter {
  q?: string;
  ownerId?: string;
  tag?: string;
  createdFrom?: string;
  createdTo?: string;
  noActivityDays?: number;
  filter?: string;
  sort: string;
  [param: string]: unknown;
}

export const deleteQuery = z.strictObject({ version: queryVersion });
export const bulkOutput = z.object({ updated: z.number().int(), skipped: z.number().int() });
