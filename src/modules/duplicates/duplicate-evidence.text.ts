import { editDistance } from '../../platform/text/name-match.js';
import type { Evidence, EvidenceDetail } from './duplicate-evidence.js';

/**
 * Evidence explained in the viewer's language ("Same phone +359 887 123 456", "Name differs by one
 * letter"): the `text` of each detail in the pairs list. The codes (`kind`) are the stable part of
 * the API; these texts may be reworded.
 */

type Locale = 'en' | 'ru' | 'bg';
type Texts = Record<Evidence, string> & { typo1: string; typo2: string };

// `{v}` is the shared value, when the evidence has one worth showing.
const TEXTS: Record<Locale, Texts> = {
  en: {
    phone: 'Same phone {v}', email: 'Same email {v}', tax_id: 'Same tax id {v}', name: 'Same name', sound: 'Names sound alike in another script',
    domain: 'Same website {v}', company: 'Same company', birthday: 'Same birthday {v}', shared_phone: 'Phone {v} shared by several records (weak)',
    shared_email: 'Shared mailbox {v} (weak)', name_typo: 'Name differs by a typo', typo1: 'Name differs by one letter', typo2: 'Name differs by two letters',
    name_initial: 'Same name, one written with an initial', nickname: 'Short form of {v}', other_name: 'Different names',
  },
  ru: {
    phone: 'Тот же телефон {v}', email: 'Тот же email {v}', tax_id: 'Тот же налоговый номер {v}', name: 'То же имя', sound: 'Имена звучат одинаково в другой записи',
    domain: 'Тот же сайт {v}', company: 'Та же компания', birthday: 'Тот же день рождения {v}', shared_phone: 'Телефон {v} есть у нескольких записей (слабый признак)',
    shared_email: 'Общий ящик {v} (слабый признак)', name_typo: 'Имя отличается опечаткой', typo1: 'Имя отличается одной буквой', typo2: 'Имя отличается двумя буквами',
    name_initial: 'То же имя, в одной записи — инициал', nickname: 'Краткая форма имени {v}', other_name: 'Разные имена',
  },
  bg: {
    phone: 'Същият телефон {v}', email: 'Същият имейл {v}', tax_id: 'Същият данъчен номер {v}', name: 'Същото име', sound: 'Имената звучат еднакво на друга азбука',
    domain: 'Същият уебсайт {v}', company: 'Същата фирма', birthday: 'Същата рождена дата {v}', shared_phone: 'Телефонът {v} е на няколко записа (слаб признак)',
    shared_email: 'Обща пощенска кутия {v} (слаб признак)', name_typo: 'Името се различава с печатна грешка', typo1: 'Името се различава с една буква', typo2: 'Името се различава с две букви',
    name_initial: 'Същото име, в единия запис с инициал', nickname: 'Умалително от {v}', other_name: 'Различни имена',
  },
};

// Values that mean nothing to a reader (a company's id, a name key) are left out of the text.
const SHOWS_VALUE = new Set<Evidence>(['phone', 'email', 'tax_id', 'domain', 'birthday', 'shared_phone', 'shared_email', 'nickname']);

/** One detail in the viewer's language (`en` for a language without texts). */
export function evidenceText(detail: EvidenceDetail, locale: string): string {
  const texts = TEXTS[(locale in TEXTS ? locale : 'en') as Locale];
  let template = texts[detail.kind];
  if (detail.kind === 'name_typo' && detail.value) {
    const [a, b] = detail.value.split(' ~ ');
    const letters = a && b ? editDistance(a, b, 2) : 0;
    if (letters === 1) template = texts.typo1;
    else if (letters === 2) template = texts.typo2;
  }
  const value = detail.value && SHOWS_VALUE.has(detail.kind) ? (detail.kind.endsWith('phone') ? `+${detail.value}` : detail.value) : '';
  return template.replace('{v}', value).replace(/\s+/gu, ' ').trim();
}
