import type { ImportEntity } from './header-aliases.js';

/** The fields a column can be mapped to, per entity, with their labels in the three languages. */

export interface ImportField {
  key: string;
  label: string;
  type: 'text' | 'phone' | 'email' | 'date' | 'amount' | 'list' | 'user' | 'custom';
  multiple: boolean;
  required: boolean;
}

type Labels = { en: string; ru: string; bg: string };
interface FieldSpec { key: string; type: ImportField['type']; labels: Labels; required?: boolean; multiple?: boolean }

const f = (key: string, type: ImportField['type'], en: string, ru: string, bg: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ key, type, labels: { en, ru, bg }, ...extra });

const CLIENT: FieldSpec[] = [
  f('phones', 'phone', 'Phone', 'Телефон', 'Телефон', { multiple: true }),
  f('emails', 'email', 'Email', 'Эл. почта', 'Имейл', { multiple: true }),
  f('website', 'text', 'Website', 'Сайт', 'Уебсайт'),
  f('tags', 'list', 'Tags', 'Теги', 'Етикети', { multiple: true }),
  f('address', 'text', 'Address', 'Адрес', 'Адрес'),
  f('city', 'text', 'City', 'Город', 'Град'),
  f('notes', 'text', 'Notes', 'Заметки', 'Бележки'),
  f('source', 'text', 'Source', 'Источник', 'Източник'),
  f('owner', 'user', 'Owner (name or email)', 'Ответственный (имя или email)', 'Отговорник (име или имейл)'),
  f('externalId', 'text', 'ID in the other system', 'ID в другой системе', 'ID в другата система'),
];

const SPECS: Record<ImportEntity, FieldSpec[]> = {
  contacts: [
    f('fullName', 'text', 'Full name', 'Полное имя', 'Пълно име'),
    f('lastName', 'text', 'Last name', 'Фамилия', 'Фамилия'),
    f('firstName', 'text', 'First name', 'Имя', 'Име'),
    f('middleName', 'text', 'Middle name', 'Отчество', 'Презиме'),
    f('position', 'text', 'Position', 'Должность', 'Длъжност'),
    f('birthday', 'date', 'Birthday', 'День рождения', 'Рожден ден'),
    f('company', 'text', 'Company', 'Компания', 'Фирма'),
    ...CLIENT,
  ],
  companies: [
    f('name', 'text', 'Name', 'Название', 'Име', { required: true }),
    f('legalName', 'text', 'Legal name', 'Юридическое название', 'Юридическо наименование'),
    f('taxId', 'text', 'Tax id', 'ИНН', 'ЕИК'),
    f('industry', 'text', 'Industry', 'Отрасль', 'Отрасъл'),
    ...CLIENT,
  ],
  deals: [
    f('title', 'text', 'Title', 'Название', 'Име', { required: true }),
    f('amount', 'amount', 'Amount', 'Сумма', 'Сума'),
    f('currency', 'text', 'Currency', 'Валюта', 'Валута'),
    f('pipeline', 'text', 'Pipeline', 'Воронка', 'Фуния'),
    f('stage', 'text', 'Stage', 'Этап', 'Етап'),
    f('status', 'text', 'Status (open, won, lost)', 'Статус (открыта, выиграна, проиграна)', 'Статус (отворена, спечелена, загубена)'),
    f('lostReason', 'text', 'Lost reason', 'Причина проигрыша', 'Причина за загуба'),
    f('closeDate', 'date', 'Expected close date', 'Ожидаемая дата закрытия', 'Очаквана дата на затваряне'),
    f('contact', 'text', 'Contact (ID, email, phone or name)', 'Контакт (ID, email, телефон или имя)', 'Контакт (ID, имейл, телефон или име)'),
    f('company', 'text', 'Company (ID, tax id or name)', 'Компания (ID, ИНН или название)', 'Фирма (ID, ЕИК или име)'),
    f('product', 'text', 'Product (name or SKU)', 'Товар (название или артикул)', 'Продукт (име или код)'),
    f('quantity', 'text', 'Quantity', 'Количество', 'Количество'),
    f('price', 'amount', 'Price', 'Цена', 'Цена'),
    f('source', 'text', 'Source', 'Источник', 'Източник'),
    f('tags', 'list', 'Tags', 'Теги', 'Етикети', { multiple: true }),
    f('notes', 'text', 'Comment', 'Комментарий', 'Коментар'),
    f('owner', 'user', 'Owner (name or email)', 'Ответственный (имя или email)', 'Отговорник (име или имейл)'),
    f('externalId', 'text', 'ID in the other system', 'ID в другой системе', 'ID в другата система'),
  ],
  activities: [
    f('title', 'text', 'Subject', 'Тема', 'Тема', { required: true }),
    f('kind', 'text', 'Kind (call, meeting, letter, note, task...)', 'Тип (звонок, встреча, письмо, заметка, задача...)', 'Вид (обаждане, среща, писмо, бележка, задача...)'),
    f('status', 'text', 'Done or planned', 'Выполнено или запланировано', 'Изпълнена или планирана'),
    f('dueAt', 'date', 'Due or start', 'Срок или начало', 'Срок или начало'),
    f('endsAt', 'date', 'End', 'Окончание', 'Край'),
    f('duration', 'text', 'Duration', 'Длительность', 'Продължителност'),
    f('direction', 'text', 'Call direction (in, out)', 'Направление звонка (входящий, исходящий)', 'Посока на обаждането (входящо, изходящо)'),
    f('result', 'text', 'Result', 'Результат', 'Резултат'),
    f('notes', 'text', 'Description', 'Описание', 'Описание'),
    f('contact', 'text', 'Contact (ID, email, phone or name)', 'Контакт (ID, email, телефон или имя)', 'Контакт (ID, имейл, телефон или име)'),
    f('company', 'text', 'Company (ID, tax id or name)', 'Компания (ID, ИНН или название)', 'Фирма (ID, ЕИК или име)'),
    f('deal', 'text', 'Deal (ID or title)', 'Сделка (ID или название)', 'Сделка (ID или име)'),
    f('owner', 'user', 'Assignee (name or email)', 'Исполнитель (имя или email)', 'Изпълнител (име или имейл)'),
    f('externalId', 'text', 'ID in the other system', 'ID в другой системе', 'ID в другата система'),
  ],
};

const lang = (locale: string): keyof Labels => (locale.startsWith('ru') ? 'ru' : locale.startsWith('bg') ? 'bg' : 'en');

/** The entity's own fields, labelled in the locale's language. */
export function builtInFields(entity: ImportEntity, locale: string): ImportField[] {
  const l = lang(locale);
  return SPECS[entity].map((s) => ({ key: s.key, label: s.labels[l], type: s.type, multiple: s.multiple ?? false, required: s.required ?? false }));
}

/** Every field key a mapping may name for the entity (custom fields as `custom.<key>`). */
export function isKnownField(entity: ImportEntity, key: string, customKeys: readonly string[]): boolean {
  return SPECS[entity].some((s) => s.key === key) || (key.startsWith('custom.') && customKeys.includes(key.slice(7)));
}

/** The record type an import entity writes. */
export const ENTITY_TYPE: Record<ImportEntity, string> = { contacts: 'contact', companies: 'company', deals: 'deal', activities: 'activity' };
