import { nameMatchKey } from '../../platform/text/name-keys.js';
import { composeName, type NameOrder, type NameParts } from '../../platform/text/name-order.js';
import { readTaxId } from '../../platform/text/tax-ids.js';
import { foldForSearch } from '../../platform/text/translit.js';

/** The folded name a list sorts by and a 1-2 letter search matches as a prefix (`sort_name`). */
export function sortName(name: string): string {
  return foldForSearch(name);
}

/**
 * The key two spellings of one name share (`name_key`), for duplicate detection: the same for
 * `Иванов Иван`, `IVANOV  Ivan`, `Ivan Ivanov` and `Иван Иванович Иванов`; for `Щерев` and
 * `Shterev`; for `ООО «Ромашка»`, `АО Ромашка` and `Romashka`. See `nameMatchKey`.
 */
export function nameKey(name: string): string {
  return nameMatchKey(name);
}

/** The name from the parts a person has, in `order` ("First Middle Last" unless told); empty when none. */
export function composeDisplayName(parts: NameParts, order: NameOrder = 'first_surname'): string {
  return composeName(parts, order);
}

/**
 * The comparable form of a tax id (`tax_id_key`): the digits of a checksum-valid INN, EIK or EGN
 * without a VAT prefix (`BG 121-759-222` and `121759222` → `121759222`); otherwise its upper-case
 * letters and digits (`bg 123-456.789` → `BG123456789`); null when none.
 */
export function taxIdKey(taxId: string | null | undefined): string | null {
  const valid = readTaxId(taxId ?? '');
  if (valid) return valid.digits;
  const key = (taxId ?? '').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  return key === '' ? null : key;
}

/** Whether a tax id key passed a checksum (INN, EIK, EGN): only then is "same tax id" strong evidence. */
export function isValidTaxIdKey(key: string | null): boolean {
  return key !== null && readTaxId(key) !== null;
}
