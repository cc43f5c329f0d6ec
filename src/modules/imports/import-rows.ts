import { normalizePhone } from '../../platform/phones/phones.js';
import type { SheetRow } from './csv-parser.js';
import type { ImportEntity } from './header-aliases.js';
import { planSalesRow, type SalesRefs } from './import-sales-rows.js';
import { parseDay, splitFullName, splitList, splitPhones } from './import-values.js';

/** One data row turned into a record's input, with what is wrong with it and what it is matched by. */

export interface RowError { field: string; code: string; message: string }
export interface MappingEntry { column: number; field: string | null }

export interface RowPlan {
  line: number;
  cells: string[];
  /** The record's input as the record engine takes it. */
  input: Record<string, unknown>;
  /** The mapped values as the preview shows them. */
  values: Record<string, unknown>;
  errors: RowError[];
  keys: { phones: string[]; emails: string[]; taxId: string | null; externalId: string | null };
  /** The company a contact row names (linked, or created when missing). */
  companyName: string | null;
  /** A deal's or activity's names of other things (stage, contact, product...), found at write time. */
  refs: SalesRefs | null;
}

/** Users an owner column may name, by lowercased name and email. */
export type OwnerIndex = Map<string, string>;

const MESSAGES: Record<string, [en: string, ru: string, bg: string]> = {
  ragged_row: ['The row has a different number of cells than the header', 'В строке другое число ячеек, чем в заголовке', 'Редът има различен брой клетки от заглавието'],
  unclosed_quote: ['A quote is opened and never closed', 'Кавычка открыта и не закрыта', 'Кавичка е отворена и не е затворена'],
  row_too_long: ['The row is too long', 'Строка слишком длинная', 'Редът е твърде дълъг'],
  broken_line: ['A line of the card is broken', 'Строка карточки повреждена', 'Ред от картата е повреден'],
  unclosed_card: ['The card has no END:VCARD', 'У карточки нет END:VCARD', 'Картата няма END:VCARD'],
  invalid_phone: ['Not a phone number', 'Это не номер телефона', 'Това не е телефонен номер'],
  invalid_email: ['Not an email address', 'Это не адрес эл. почты', 'Това не е имейл адрес'],
  invalid_date: ['Not a date', 'Это не дата', 'Това не е дата'],
  owner_not_found: ['No user with this name or email', 'Нет пользователя с таким именем или email', 'Няма потребител с това име или имейл'],
  required: ['Required', 'Обязательное поле', 'Задължително поле'],
  too_long: ['Too long', 'Слишком длинно', 'Твърде дълго'],
  invalid_status: ['Not a known status', 'Неизвестный статус', 'Непознат статус'],
  invalid_currency: ['Not a known currency', 'Неизвестная валюта', 'Непозната валута'],
  invalid_amount: ['Not an amount', 'Это не сумма', 'Това не е сума'],
  invalid_quantity: ['Not a quantity', 'Это не количество', 'Това не е количество'],
  invalid_duration: ['Not a duration', 'Это не длительность', 'Това не е продължителност'],
  invalid_direction: ['Neither incoming nor outgoing', 'Ни входящий, ни исходящий', 'Нито входящо, нито изходящо'],
  pipeline_not_found: ['No pipeline with this name', 'Нет воронки с таким названием', 'Няма фуния с това име'],
  stage_not_found: ['No stage with this name in the pipeline', 'В воронке нет этапа с таким названием', 'Във фунията няма етап с това име'],
  no_stage_of_kind: ['The pipeline has no won or lost stage', 'В воронке нет этапа выигрыша или проигрыша', 'Фунията няма етап за спечелени или загубени'],
  lost_reason_not_found: ['No lost reason with this name in the list', 'В списке нет такой причины проигрыша', 'В списъка няма такава причина за загуба'],
  lost_reason_required: ['A lost deal needs a reason from the list', 'Для проигранной сделки нужна причина из списка', 'Загубената сделка изисква причина от списъка'],
  contact_not_found: ['No contact with this ID, email, phone or name', 'Нет контакта с таким ID, email, телефоном или именем', 'Няма контакт с това ID, имейл, телефон или име'],
  company_not_found: ['No company with this ID, tax id or name', 'Нет компании с таким ID, ИНН или названием', 'Няма фирма с това ID, ЕИК или име'],
  deal_not_found: ['No deal with this ID or title', 'Нет сделки с таким ID или названием', 'Няма сделка с това ID или име'],
  product_not_found: ['No product with this name or SKU in the catalog', 'В каталоге нет товара с таким названием или артикулом', 'В каталога няма продукт с това име или код'],
  kind_not_found: ['No activity kind with this name', 'Нет типа дела с таким названием', 'Няма вид дейност с това име'],
  formula_no_value: ['A formula has no saved value: open the file in Excel and save it again', 'У формулы нет сохранённого значения: откройте файл в Excel и сохраните снова', 'Формула няма запазена стойност: отворете файла в Excel и го запазете отново'],
};

/** The reason of an error code in the locale's language (English, Russian, Bulgarian). */
export function reasonOf(code: string, locale = 'en'): string {
  const texts = MESSAGES[code];
  if (!texts) return code;
  return texts[locale.startsWith('ru') ? 1 : locale.startsWith('bg') ? 2 : 0];
}


const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The cells of each mapped field, in column order. */
function gather(cells: string[], mapping: MappingEntry[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { column, field } of mapping) {
    if (!field) continue;
    const value = (cells[column] ?? '').trim();
    if (value === '') continue;
    out.set(field, [...(out.get(field) ?? []), value]);
  }
  return out;
}

/**
 * A data row's plan. `headerWidth` is the header's cell count: a row with fewer cells, or more
 * non-empty ones, is ragged (cut short by a stray line break, or shifted by a stray delimiter).
 */
export function planRow(entity: ImportEntity, row: SheetRow, headerWidth: number, mapping: MappingEntry[], opts: { country: string; owners: OwnerIndex; locale?: string; defaultOwnerId?: string | null }): RowPlan {
  const error = (field: string, code: string): RowError => ({ field, code, message: reasonOf(code, opts.locale) });
  const errors: RowError[] = [];
  if (row.error) errors.push(error('row', row.error));
  const trimmed = [...row.cells];
  while (trimmed.length > headerWidth && trimmed[trimmed.length - 1]!.trim() === '') trimmed.pop();
  if (!row.error && headerWidth > 0 && (trimmed.length > headerWidth || row.cells.length < headerWidth)) errors.push(error('row', 'ragged_row'));
  const got = gather(row.cells, mapping);
  const one = (field: string) => got.get(field)?.[0] ?? null;
  const input: Record<string, unknown> = {};
  const values: Record<string, unknown> = {};

  const phones: string[] = [];
  for (const raw of (got.get('phones') ?? []).flatMap(splitPhones)) {
    const phone = normalizePhone(raw, opts.country);
    if (phone.ok) phones.push(phone.e164);
    else errors.push(error('phones', 'invalid_phone'));
  }
  const emails: string[] = [];
  for (const raw of (got.get('emails') ?? []).flatMap(splitList)) {
    const email = raw.toLowerCase();
    if (EMAIL.test(email)) emails.push(email);
    else errors.push(error('emails', 'invalid_email'));
  }
  const uniquePhones = [...new Set(phones)];
  const uniqueEmails = [...new Set(emails)];
  if (uniquePhones.length > 0) { input.phones = uniquePhones.slice(0, 20).map((value) => ({ value })); values.phones = uniquePhones; }
  if (uniqueEmails.length > 0) { input.emails = uniqueEmails.slice(0, 20).map((value) => ({ value })); values.emails = uniqueEmails; }
  const tags = [...new Set((got.get('tags') ?? []).flatMap(splitList))].slice(0, 50);
  if (tags.length > 0) input.tags = values.tags = tags;

  for (const field of ['website', 'notes', 'source', 'position', 'legalName', 'industry', 'name', 'firstName', 'middleName', 'lastName']) {
    const value = one(field);
    if (value !== null) input[field] = values[field] = value;
  }
  const taxId = one('taxId');
  if (taxId !== null) input.taxId = values.taxId = taxId;
  const address = one('address');
  const city = one('city');
  if (address !== null || city !== null) {
    input.addresses = [{ street: address, city }];
    values.address = [address, city].filter(Boolean).join(', ');
  }
  if (entity === 'contacts') {
    const full = one('fullName');
    if (full !== null) {
      values.fullName = full;
      if (input.firstName === undefined && input.lastName === undefined) {
        const parts = splitFullName(full);
        for (const [k, v] of Object.entries(parts)) if (v !== null) input[k] = values[k] = v;
      } else input.displayName = full;
    }
    if (input.firstName === undefined && input.lastName === undefined && input.displayName === undefined) {
      // A person with no name at all is named by the first email or phone, as the form would refuse nothing else.
      if (uniqueEmails.length === 0 && uniquePhones.length === 0) errors.push(error('fullName', 'required'));
    }
    const birthday = one('birthday');
    if (birthday !== null) {
      const day = parseDay(birthday);
      if (day) input.birthday = values.birthday = day;
      else errors.push(error('birthday', 'invalid_date'));
    }
  }
  if (entity === 'companies' && input.name === undefined) errors.push(error('name', 'required'));
  for (const [field, list] of got) {
    if (field.startsWith('custom.')) {
      (input.custom as Record<string, unknown> | undefined) ?? (input.custom = {});
      (input.custom as Record<string, unknown>)[field.slice(7)] = values[field] = list[0];
    }
  }
  const refs = entity === 'deals' || entity === 'activities' ? planSalesRow(entity, one, input, values, error, errors) : null;
  const owner = one('owner');
  if (owner !== null) {
    const id = opts.owners.get(owner.trim().toLowerCase());
    values.owner = owner;
    // An owner no user answers to fails the row, unless the options name a default owner for such rows.
    if (id) input.ownerId = id;
    else if (!opts.defaultOwnerId) errors.push(error('owner', 'owner_not_found'));
  }
  const companyName = entity === 'contacts' ? one('company') : null;
  if (companyName !== null) values.company = companyName;
  const externalId = one('externalId');
  if (externalId !== null) values.externalId = externalId;
  return { line: row.line, cells: row.cells, input, values, errors, keys: { phones: uniquePhones, emails: uniqueEmails, taxId, externalId }, companyName, refs };
}
