import { z } from 'zod';
import { recordTypeName } from '../../platform/records/registry.js';
import { queryInt, requiredText } from '../../platform/schemas.js';

export const searchQuery = z.strictObject({
  q: requiredText(200),
  limit: queryInt(1, 20).default(5),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchHitOutput = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  matched: z.enum(['name', 'phone', 'email', 'other']),
  rank: z.number().int().min(0).describe('Lower ranks higher: 0 exact surname, 1 a name starting with the query, 2 a company name, 3 a name containing it, 4 a middle name, 5 a phone or email, 6 anything else'),
  match: z.object({
    field: z.string().describe('The field the query was found in: lastName, firstName, middleName, displayName, name, legalName, phone, email or other'),
    text: z.string().describe('That field\'s value as the caller may read it'),
    start: z.number().int().min(0).describe('Where the query starts in `text` (start = end when it matched another spelling)'),
    end: z.number().int().min(0),
  }),
});

export const searchOutput = z.object({
  groups: z.array(z.object({
    type: recordTypeName('search'),
    plural: z.string().describe('The path of the type\'s list (`/api/v1/<plural>`), which takes the same `q`'),
    items: z.array(searchHitOutput),
    total: z.number().int().min(0).describe('How many records the caller may see match (counted on the search index, up to a cap)'),
    totalCapped: z.boolean().describe('The count stopped at its cap: there are at least `total`'),
  })),
});
