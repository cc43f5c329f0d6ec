import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/access/actor.js';
import { recordType } from '../../platform/records/registry.js';
import * as records from '../records/records.service.js';
import { PRODUCT_TYPE } from './product.record.js';
import type { CreateProductInput, ProductOutput } from './products.schema.js';

/** Typed entry points to the product catalog for other modules (the generic routes serve the API). */

/** Creates a product. @throws AppError forbidden | validation_failed */
export async function createProduct(trx: Transaction<Database>, actor: Actor, input: CreateProductInput): Promise<ProductOutput> {
  return (await records.createRecord(trx, actor, recordType(PRODUCT_TYPE)!, input)) as ProductOutput;
}
