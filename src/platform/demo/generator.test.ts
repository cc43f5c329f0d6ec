import { describe, expect, it } from 'vitest';
import { createGenerator, DEFAULT_SEED, type DemoCompany, type DemoPerson, type Phone } from './generator.js';
import { feminineRuSurname } from './names.ru.js';
import { feminineBgSurname } from './names.bg.js';
import { isValidEik, isValidGbVat, isValidInn } from './tax-ids.js';
import { transliterate } from './translit.js';

const E164: Record<Phone['country'], RegExp> = {
  RU: /^\+7[3489]\d{9}$/,
  BG: /^\+359(8[789]\d{7}|[2-9]\d{7})$/,
  GB: /^\+44[127]\d{9}$/,
  US: /^\+1[2-9]\d{2}[2-9]\d{6}$/,
};

/** What a phone field's cleanup must do with typed input, spelled out for these four countries. */
function normalizeTyped(typed: string, country: Phone['country']): string {
  const digits = typed.replace(/\(0\)/, '').replace(/\D/g, '');
  if (typed.trim().startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (country === 'RU') return `+7${digits.slice(1)}`;
  if (country === 'BG') return `+359${digits.slice(1)}`;
  if (country === 'GB') return `+44${digits.slice(1)}`;
  return `+1${digits.length === 11 ? digits.slice(1) : digits}`;
}

function take<T>(iterable: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const x of iterable) {
    out.push(x);
    if (out.length === n) break;
  }
  return out;
}

describe('demo generator', () => {
  it('gives the same people and companies for the same seed, and others for another seed', () => {
    const a = createGenerator();
    const b = createGenerator(DEFAULT_SEED);
    expect([...a.people(500)]).toEqual([...b.people(500)]);
    expect([...a.companies(100)]).toEqual([...b.companies(100)]);
    expect(a.users(9)).toEqual(b.users(9));
    const other = [...createGenerator(1).people(50)].map((p) => p.email);
    expect(other).not.toEqual([...a.people(50)].map((p) => p.email));
  });

  it('pins the first records of the default seed, so a change to the data is a visible decision', () => {
    const g = createGenerator();
    const p = g.personAt(1);
    expect([p.fullName, p.email, p.phone.e164]).toEqual(['Данилова Яна Николаевна', 'yana.danilova@list.ru', '+79781804351']);
    expect(g.companyAt(1).name).toBe('ООО «Альфа-Пак»');
  });

  it('makes record i a function of the seed and i alone', () => {
    const g = createGenerator();
    const fifty = [...g.people(50)];
    expect(g.personAt(37)).toEqual(fifty[37]);
    expect([...g.people(10, { start: 40 })]).toEqual(fifty.slice(40));
    const stepwise = createGenerator();
    expect([stepwise.person(), stepwise.person()]).toEqual(fifty.slice(0, 2));
    expect(g.companyAt(3)).toEqual(take(g.companies(4), 4)[3]);
  });

  it('mixes locales about 50% ru, 30% bg, 20% en', () => {
    const counts = { ru: 0, bg: 0, en: 0 };
    for (const p of createGenerator().people(20_000)) counts[p.locale]++;
    expect(counts.ru / 20_000).toBeCloseTo(0.5, 1);
    expect(counts.bg / 20_000).toBeCloseTo(0.3, 1);
    expect(counts.en / 20_000).toBeCloseTo(0.2, 1);
  });

  it('declines surnames by gender', () => {
    expect(['Иванов', 'Петров', 'Ильин', 'Соловьёв', 'Чайковский', 'Троицкий', 'Толстой', 'Шевченко', 'Черных', 'Саакян', 'Ким'].map(feminineRuSurname))
      .toEqual(['Иванова', 'Петрова', 'Ильина', 'Соловьёва', 'Чайковская', 'Троицкая', 'Толстая', 'Шевченко', 'Черных', 'Саакян', 'Ким']);
    expect(['Петров', 'Георгиев', 'Илиев', 'Раковски'].map(feminineBgSurname)).toEqual(['Петрова', 'Георгиева', 'Илиева', 'Раковска']);
  });

  it('gives Russians a patronymic and Bulgarians a презиме that agree with the gender', () => {
    const invariable = /(ко|их|ых|ян|им)$/;
    for (const p of createGenerator().people(5_000)) {
      if (p.locale === 'ru') {
        expect(p.middleName).toMatch(p.gender === 'male' ? /(ович|евич|ич)$/ : /(овна|евна|ична)$/);
        if (p.gender === 'female' && !invariable.test(p.lastName)) expect(p.lastName).toMatch(/(ова|ева|ёва|ина|ына|ая)$/);
        if (p.gender === 'male') expect(p.lastName).not.toMatch(/(ова|ева|ина|ая)$/);
        expect(p.fullName).toBe(`${p.lastName} ${p.firstName} ${p.middleName}`);
      } else if (p.locale === 'bg') {
        expect(p.middleName).toMatch(p.gender === 'male' ? /(ов|ев)$/ : /(ова|ева)$/);
        expect(p.lastName).toMatch(p.gender === 'male' ? /(ов|ев|ски)$/ : /(ова|ева|ска)$/);
        expect(p.fullName).toBe(`${p.firstName} ${p.middleName} ${p.lastName}`);
      } else {
        expect(p.middleName).toBeNull();
      }
    }
  });

  it('writes phones in E.164 and as people type them, both the same number', () => {
    const phones: Phone[] = [];
    for (const p of createGenerator().people(5_000)) phones.push(p.phone);
    for (const c of createGenerator().companies(1_000)) phones.push(c.phone, ...c.contacts.map((x) => x.phone));
    const typed: string[] = [];
    for (const phone of phones) {
      expect(phone.e164).toMatch(E164[phone.country]);
      expect(normalizeTyped(phone.typed, phone.country)).toBe(phone.e164);
      typed.push(phone.typed);
    }
    for (const shape of [/^8 \(9\d\d\) \d{3}-\d{2}-\d{2}$/, /^08[789]\d \d{3} \d{3}$/, /^07\d{3} \d{6}$/, /^\(\d{3}\) \d{3}-\d{4}$/]) {
      expect(typed.some((t) => shape.test(t))).toBe(true);
    }
    expect(phones.filter((p) => p.country === 'RU' && p.kind === 'mobile').every((p) => p.e164.startsWith('+79'))).toBe(true);
    expect(phones.filter((p) => p.country === 'BG' && p.kind === 'mobile').every((p) => /^\+3598[789]/.test(p.e164))).toBe(true);
  });

  it('transliterates names into plain ASCII emails', () => {
    expect(transliterate('Юлия', 'ru')).toBe('yulia');
    expect(transliterate('Щербаков', 'ru')).toBe('shcherbakov');
    expect(transliterate('Дмитрий', 'ru')).toBe('dmitriy');
    expect(transliterate('Щерев', 'bg')).toBe('shterev');
    expect(transliterate('Кънчев', 'bg')).toBe('kanchev');
    expect(transliterate('Илия', 'bg')).toBe('ilia');
    for (const p of createGenerator().people(5_000)) expect(p.email).toMatch(/^[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}$/);
  });

  it('gives valid birthdays of working-age people', () => {
    for (const p of createGenerator().people(2_000)) {
      expect(new Date(`${p.birthday}T00:00:00Z`).toISOString().slice(0, 10)).toBe(p.birthday);
      expect(Number(p.birthday.slice(0, 4))).toBeGreaterThanOrEqual(1958);
    }
  });

  it('makes companies with legal forms, valid tax ids and a director first among contacts', () => {
    const companies: DemoCompany[] = [...createGenerator().companies(2_000)];
    for (const c of companies) {
      if (c.country === 'RU') {
        expect(isValidInn(c.taxId)).toBe(true);
        expect(c.name).toMatch(c.legalForm === 'ip' ? /^ИП / : /^(ООО|АО|ПАО) «.+»$/);
        expect(c.taxId).toHaveLength(c.legalForm === 'ip' ? 12 : 10);
      } else if (c.country === 'BG') {
        expect(isValidEik(c.taxId)).toBe(true);
        expect(c.name).toMatch(/( ЕООД| ООД| АД|^ЕТ „.+“)$/);
      } else if (c.country === 'GB') {
        expect(isValidGbVat(c.taxId)).toBe(true);
        expect(c.name).toMatch(/ (Ltd|PLC|LLP)$/);
      } else {
        expect(c.name).toMatch(/ (LLC|Inc\.)$/);
      }
      expect(c.contacts.length).toBeGreaterThanOrEqual(1);
      expect(c.contacts[0]?.role).toBe('director');
      expect(new Set(c.contacts.map((p) => p.role)).size).toBe(c.contacts.length);
      expect(new Set(c.contacts.map((p) => p.email)).size).toBe(c.contacts.length);
      if (c.website) expect(c.contacts.every((p) => p.email.endsWith(`@${new URL(c.website!).host}`))).toBe(true);
    }
    const soleRu = companies.find((c) => c.legalForm === 'ip');
    expect(soleRu?.legalName).toBe(`Индивидуальный предприниматель ${soleRu?.contacts[0]?.fullName}`);
    expect(new Set(companies.map((c) => c.legalForm))).toEqual(new Set(['ooo', 'ao', 'pao', 'ip', 'eood', 'ood', 'ad', 'et', 'ltd', 'plc', 'llp', 'llc', 'inc']));
  });

  it('gives demo users unique sign-in emails that do not move when the roster grows', () => {
    const g = createGenerator();
    const nine = g.users(9, { locales: ['ru'] });
    expect(nine.every((u) => u.locale === 'ru' && u.email.endsWith('@kartoteka.local'))).toBe(true);
    const many = g.users(300, { locales: ['ru'] });
    expect(new Set(many.map((u) => u.email)).size).toBe(300);
    expect(many.slice(0, 9)).toEqual(nine);
  });

  // Speed is the bench's business (`npm run bench -- --only generator`), not a timed test's.
  it('streams 100,000 people one at a time', () => {
    let last: DemoPerson | undefined;
    let chars = 0;
    for (const p of createGenerator().people(100_000)) {
      chars += p.email.length;
      last = p;
    }
    expect(last?.key).toBe('person:99999');
    expect(chars).toBeGreaterThan(1_000_000);
  });
});
