/**
 * Header recognition: which field a column of another CRM's export (or a hand-made sheet) holds,
 * by alias, in Russian, Bulgarian and English, tolerant of case, spaces and punctuation.
 */

export type ImportEntity = 'contacts' | 'companies' | 'deals' | 'activities';
export type ImportSource = 'amocrm' | 'bitrix24' | 'pipedrive' | 'hubspot' | 'salesforce' | 'google' | 'kartoteka';

/** A header reduced to what matters: lowercase letters and digits, single spaces, `ё` as `е`. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const PERSON: Record<string, string[]> = {
  fullName: ['полное имя контакта', 'контакт', 'фио', 'имя контакта', 'name', 'full name', 'person name', 'person', 'fn', 'име', 'пълно име', 'contact name', 'display name', 'displayname', 'ф и о'],
  firstName: ['имя', 'first name', 'firstname', 'given name', 'n given', 'собствено име', 'име на лицето'],
  middleName: ['отчество', 'middle name', 'middlename', 'additional name', 'n middle', 'презиме', 'бащино име'],
  lastName: ['фамилия', 'last name', 'lastname', 'family name', 'n family', 'surname'],
  position: ['должность', 'title', 'job title', 'position', 'длъжност', 'organization 1 title', 'organization title'],
  birthday: ['день рождения', 'дата рождения', 'birthday', 'birthdate', 'bday', 'рожден ден', 'дата на раждане'],
  company: ['компания', 'company', 'company name', 'organization', 'organization name', 'org', 'accountid', 'account id', 'фирма', 'организация', 'organization 1 name', 'associated company', 'компания контакта', 'название компании'],
};

const CLIENT: Record<string, string[]> = {
  phones: ['телефон', 'рабочий телефон', 'мобильный телефон', 'домашний телефон', 'другой телефон', 'рабочий прямой телефон', 'phone', 'phone number', 'mobile', 'mobile phone', 'mobile phone number', 'mobilephone', 'work phone', 'home phone', 'tel', 'phone 1 value', 'phone 2 value', 'телефонен номер', 'мобилен телефон', 'служебен телефон', 'тел'],
  emails: ['email', 'e mail', 'рабочий email', 'рабочий e mail', 'личный email', 'личный e mail', 'другой email', 'email address', 'e mail address', 'e mail 1 value', 'e mail 2 value', 'почта', 'электронная почта', 'имейл', 'ел поща', 'електронна поща'],
  website: ['сайт', 'web', 'website', 'web site', 'url', 'website url', 'корпоративный сайт', 'уебсайт', 'уеб сайт'],
  tags: ['теги', 'тег', 'tags', 'labels', 'label', 'categories', 'group membership', 'етикети'],
  notes: ['примечание', 'комментарий', 'заметка', 'notes', 'note', 'description', 'comments', 'бележки', 'коментар', 'бележка'],
  owner: ['ответственный', 'ответственный менеджер', 'owner', 'contact owner', 'company owner', 'owner name', 'ownerid', 'deal owner', 'отговорник', 'собственик', 'менеджер', 'отговорен'],
  externalId: ['id', 'record id', 'id контакта', 'id компании', 'external id', 'uid', 'външен id'],
  address: ['адрес', 'address', 'mailing address', 'billing address', 'street address', 'adr', 'address 1 formatted', 'фактический адрес'],
  city: ['город', 'city', 'mailingcity', 'billingcity', 'град'],
  source: ['источник', 'source', 'lead source', 'leadsource', 'original source', 'източник'],
};

const COMPANY_OWN: Record<string, string[]> = {
  name: ['название компании', 'компания', 'название', 'наименование', 'company name', 'company', 'name', 'organization', 'organization name', 'account name', 'org', 'фирма', 'име на фирмата', 'организация', 'име на компанията'],
  legalName: ['юридическое название', 'полное наименование', 'legal name', 'юридическо наименование'],
  taxId: ['инн', 'tax id', 'vat', 'vat number', 'ein', 'еик', 'булстат', 'идентификационен номер', 'ддс номер'],
  industry: ['отрасль', 'сфера деятельности', 'industry', 'индустрия', 'отрасъл'],
};

const DEAL_OWN: Record<string, string[]> = {
  title: ['название сделки', 'сделка', 'deal name', 'deal title', 'title', 'name', 'opportunity name', 'наименование', 'название', 'име на сделката', 'сделка име'],
  amount: ['бюджет', 'сумма', 'сумма сделки', 'deal value', 'value', 'amount', 'стойност', 'сума', 'бюджет сделки'],
  currency: ['валюта', 'валюта сделки', 'currency', 'deal currency', 'currencyisocode', 'currency iso code', 'валута'],
  stage: ['этап сделки', 'этап', 'стадия сделки', 'стадия', 'deal stage', 'stage', 'stagename', 'stage name', 'етап', 'етап на сделката'],
  pipeline: ['воронка', 'воронка сделки', 'направление', 'направление сделки', 'pipeline', 'deal pipeline', 'фуния'],
  status: ['статус', 'статус сделки', 'status', 'deal status', 'состояние', 'статус на сделката'],
  lostReason: ['причина отказа', 'причина проигрыша', 'причина провала', 'lost reason', 'loss reason', 'closed lost reason', 'причина за загуба'],
  contact: ['полное имя контакта', 'основной контакт', 'контакт', 'contact', 'contact person', 'contactid', 'contact id', 'associated contact', 'person', 'person name', 'контактно лице'],
  company: ['компания', 'компания контакта', 'company', 'company name', 'organization', 'organization name', 'account', 'account name', 'accountid', 'account id', 'associated company', 'фирма'],
  product: ['товар', 'товары', 'название товара', 'product', 'product name', 'продукт', 'продукт име'],
  quantity: ['количество', 'количество товара', 'кол во', 'quantity', 'qty', 'брой'],
  price: ['цена', 'цена товара', 'цена за единицу', 'price', 'unit price', 'item price', 'единична цена'],
  closeDate: ['дата закрытия', 'предполагаемая дата закрытия', 'ожидаемая дата закрытия', 'close date', 'expected close date', 'closedate', 'дата на затваряне', 'очаквана дата на затваряне'],
  source: ['источник', 'источник сделки', 'source', 'lead source', 'leadsource', 'deal source', 'original source', 'източник'],
  tags: ['теги', 'теги сделки', 'тег', 'tags', 'labels', 'label', 'етикети'],
  notes: ['комментарий', 'примечание', 'описание', 'description', 'notes', 'comments', 'comment', 'коментар', 'бележки', 'описание на сделката'],
  owner: [...CLIENT.owner!, 'ответственный за сделку', 'opportunity owner'],
  externalId: ['id', 'record id', 'id сделки', 'external id', 'deal id', 'opportunity id'],
};

const ACTIVITY_OWN: Record<string, string[]> = {
  title: ['тема', 'задача', 'subject', 'title', 'name', 'название', 'название дела', 'текст задачи', 'тема на задачата', 'заглавие'],
  kind: ['тип', 'тип дела', 'тип задачи', 'тип активности', 'type', 'activity type', 'kind', 'вид', 'вид на дейността'],
  status: ['статус', 'status', 'done', 'выполнено', 'завершено', 'completed', 'състояние', 'изпълнена'],
  dueAt: ['срок', 'дата', 'крайний срок', 'начало', 'дата начала', 'due date', 'due', 'date', 'deadline', 'start', 'start date', 'start time', 'срок на изпълнение', 'краен срок', 'начало на'],
  endsAt: ['окончание', 'конец', 'дата окончания', 'end', 'end date', 'end time', 'край', 'край на'],
  duration: ['длительность', 'продолжительность', 'duration', 'call duration', 'продължителност'],
  direction: ['направление звонка', 'тип звонка', 'direction', 'call direction', 'посока', 'посока на обаждането'],
  result: ['результат', 'итог', 'result', 'outcome', 'call outcome', 'резултат'],
  notes: ['описание', 'комментарий', 'примечание', 'текст', 'description', 'note', 'notes', 'details', 'comments', 'бележки', 'коментар', 'описание на задачата'],
  contact: ['контакт', 'контактное лицо', 'contact', 'contact name', 'person', 'person name', 'contactid', 'who', 'whoid', 'контактно лице'],
  company: ['компания', 'company', 'organization', 'organization name', 'account', 'accountid', 'фирма'],
  deal: ['сделка', 'название сделки', 'deal', 'deal title', 'deal name', 'opportunity', 'whatid', 'сделка име'],
  owner: [...CLIENT.owner!, 'исполнитель', 'assigned to', 'assigned to user', 'assignee', 'изпълнител'],
  externalId: ['id', 'activity id', 'external id', 'id дела', 'id задачи'],
};

const TABLES: Record<ImportEntity, Record<string, string[]>> = {
  contacts: { ...CLIENT, ...PERSON },
  companies: { ...CLIENT, ...COMPANY_OWN },
  deals: DEAL_OWN,
  activities: ACTIVITY_OWN,
};

/** Prefixes some CRMs put before a field (Pipedrive's "Person - ", Salesforce's "Contact."): dropped before the alias lookup. */
const PREFIX = /^(person|organization|deal|contact|account|opportunity|lead|activity|персона|организация|сделка) (?=\S)/;

const lookups = new Map<ImportEntity, Map<string, string>>();
function lookupOf(entity: ImportEntity): Map<string, string> {
  let map = lookups.get(entity);
  if (!map) {
    map = new Map();
    for (const [field, aliases] of Object.entries(TABLES[entity])) for (const alias of aliases) if (!map.has(headerKey(alias))) map.set(headerKey(alias), field);
    lookups.set(entity, map);
  }
  return map;
}

/** The field a header names for the entity, or null. Pipedrive's "Organization - Name" on a contact file is the company. */
export function fieldOfHeader(entity: ImportEntity, header: string): string | null {
  const key = headerKey(header);
  const map = lookupOf(entity);
  const direct = map.get(key);
  if (direct) return direct;
  const prefixed = PREFIX.exec(key);
  if (!prefixed) return null;
  const rest = key.slice(prefixed[0].length);
  const owner = prefixed[1]!;
  if (entity === 'contacts' && (owner === 'organization' || owner === 'account') && (rest === 'name')) return 'company';
  if (entity === 'deals' || entity === 'activities') return foreignField(entity, owner, rest, map);
  return map.get(rest) ?? null;
}

const OWN_PREFIX: Record<'deals' | 'activities', string[]> = { deals: ['deal', 'opportunity', 'сделка'], activities: ['activity'] };

/**
 * A prefixed header of a deal or activity file: its own prefix (Pipedrive's "Deal - Value") is the
 * field; another record's (`Person - Name`, `Organization - Name`, an activity's `Deal - Title`) is
 * a link by name, and that record's other columns (`Person - ID`, `Person - Phone`) are left unmapped.
 */
function foreignField(entity: 'deals' | 'activities', owner: string, rest: string, map: Map<string, string>): string | null {
  if (OWN_PREFIX[entity].includes(owner)) return map.get(rest) ?? null;
  const byName = rest === 'name' || rest === 'title';
  if (!byName) return null;
  if (owner === 'person' || owner === 'contact' || owner === 'персона') return 'contact';
  if (owner === 'organization' || owner === 'account' || owner === 'организация') return 'company';
  if (entity === 'activities' && (owner === 'deal' || owner === 'opportunity' || owner === 'сделка')) return 'deal';
  return null;
}

/** Fields that take several columns (each adds values). */
export const MULTI_FIELDS = new Set(['phones', 'emails', 'tags']);

/** The suggested mapping: each header's field; a single-value field goes to its first column only. */
export function suggestMapping(entity: ImportEntity, headers: string[]): { column: number; field: string | null }[] {
  const taken = new Set<string>();
  return headers.map((header, column) => {
    const field = fieldOfHeader(entity, header);
    if (!field || (taken.has(field) && !MULTI_FIELDS.has(field))) return { column, field: null };
    taken.add(field);
    return { column, field };
  });
}

/** The CRM whose export the headers look like, or null. */
export function detectSource(headers: string[]): ImportSource | null {
  const keys = new Set(headers.map(headerKey));
  const has = (...k: string[]) => k.some((x) => keys.has(x));
  if (has('полное имя контакта', 'этап сделки', 'воронка', 'бюджет', 'рабочий email')) return 'amocrm';
  if (has('рабочий e mail', 'стадия сделки', 'направление', 'стадия', 'рабочий телефон')) return 'bitrix24';
  if (has('given name', 'e mail 1 value', 'phone 1 value')) return 'google';
  // HubSpot before Pipedrive: HubSpot's "Deal Name", "Deal Stage" look like Pipedrive's "Deal - " prefix.
  if (has('record id') && has('first name', 'company name', 'deal name')) return 'hubspot';
  if ([...keys].some((k) => /^(person|organization|deal) \p{L}/u.test(k))) return 'pipedrive';
  if (has('accountid', 'firstname', 'stagename', 'billingcity', 'mailingcity') && keys.has('id')) return 'salesforce';
  if (has('displayname', 'display name') && has('ownerid', 'owner')) return 'kartoteka';
  return null;
}
