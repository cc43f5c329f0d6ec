import { describe, expect, it } from 'vitest';
import { companyWords, nameMatchKey, phoneticKey, phoneticKeys } from './name-keys.js';
import { readTaxId } from './tax-ids.js';

const same = (a: string, b: string) => expect(nameMatchKey(a), `${a} | ${b}`).toBe(nameMatchKey(b));

describe('company name keys', () => {
  it('drop legal forms, short and long, and quotes in ru, bg and en', () => {
    for (const [a, b] of [
      ['ООО «Ромашка»', 'Ромашка'], ['АО Ромашка', 'Ромашка'], ['ЗАО "Ромашка"', 'ПАО Ромашка'], ['ОАО Ромашка', 'ИП Ромашка'],
      ['Общество с ограниченной ответственностью «Вектор»', 'ООО Вектор'], ['Акционерное общество Вектор', 'Вектор'],
      ['Техно ЕООД', 'Техно'], ['Техно ООД', 'ЕТ Техно'], ['Техно АД', 'Техно ЕАД'], ['Еднолично дружество с ограничена отговорност Техно', 'Техно'],
      ['Acme Ltd', 'ACME'], ['Acme Limited', 'Acme, Inc.'], ['Acme LLC', 'Acme Corporation'], ['Acme GmbH', 'acme'],
      ['Техно ЕООД', 'Tehno'],
      ['Индивидуальный предприниматель Вектор', 'ИП «Вектор»'], ['Публичное акционерное общество Вектор', 'ПАО Вектор'],
      ['Закрытое акционерное общество Вектор', 'ЗАО Вектор'], ['„Техно“ ЕООД', 'Техно'], ['Акционерно дружество Техно', 'Техно АД'],
      ['Acme Limited Liability Company', 'Acme LLC'], ['Acme Gesellschaft mit beschränkter Haftung', 'ACME GmbH'], ['"Acme" Incorporated', 'Acme Inc'],
    ]) same(a!, b!);
    expect(companyWords('ООО «Ромашка Плюс»')).toEqual(['romashka', 'plyus']);
    expect(nameMatchKey('Ромашка')).not.toBe(nameMatchKey('Ромашка Плюс'));
    // A name that is only a legal form is not blanked.
    expect(nameMatchKey('ООО')).not.toBe('');
  });
});

describe('person name keys', () => {
  it('ignore word order, ё/е, a patronymic, and fold ru/bg transliteration variants both ways', () => {
    same('Иванов Петр', 'Пётр Иванов');
    same('Иван Иванович Иванов', 'Иванов Иван');
    same('Мария Петровна Соколова', 'Соколова Мария');
    same('Shterev Georgi', 'Георги Щерев');
    same('Shcherev', 'Щерев');
    same('Hristo Hristov', 'Христо Христов');
    same('Khristo Khristov', 'Христо Христов');
    same('Dmitriy Kozlovskiy', 'Дмитрий Козловский');
    same('Dmitry Kozlovsky', 'Дмитрий Козловский');
    same('Yuliya', 'Юлия');
    same('Mariya', 'Мария');
    expect(nameMatchKey('Иван Петров')).not.toBe(nameMatchKey('Иван Петрова'));
  });
});

describe('cross-script sound key', () => {
  it('gives English names and their Cyrillic spellings one key', () => {
    for (const [en, cyr] of [
      ['Williams', 'Уильямс'], ['Johnson', 'Джонсон'], ['Brown', 'Браун'], ['Walker', 'Уокер'], ['Smith', 'Смит'], ['Thompson', 'Томпсон'],
      ['Wright', 'Райт'], ['Harris', 'Харрис'], ['Edwards', 'Эдвардс'], ['Jackson', 'Джексон'], ['George', 'Джордж'], ['Campbell', 'Кэмпбелл'],
      ['Mitchell', 'Митчелл'], ['Phillips', 'Филлипс'], ['Collins', 'Коллинз'], ['Ivanov', 'Иванов'], ['Hristov', 'Христов'], ['Shterev', 'Щерев'],
    ]) expect(phoneticKey(en!), `${en} | ${cyr}`).toBe(phoneticKey(cyr!));
  });

  it('keeps different names apart and skips words too short to key', () => {
    expect(phoneticKey('Williams')).not.toBe(phoneticKey('Johnson'));
    expect(phoneticKey('Brown')).not.toBe(phoneticKey('Green'));
    expect(phoneticKeys('Anna Уильямс')).toEqual(['lms']);
    expect(phoneticKeys('Джонсон Уильямс')).toEqual([phoneticKey('Johnson'), phoneticKey('Williams')].sort());
  });
});

describe('tax ids', () => {
  it('accept checksum-valid INN, EIK and EGN, with or without a VAT prefix, and refuse typos', () => {
    expect(readTaxId('7707083893')).toEqual({ digits: '7707083893', kind: 'inn' });
    expect(readTaxId('500100732259')).toEqual({ digits: '500100732259', kind: 'inn' });
    expect(readTaxId('RU 7707083893')).toEqual({ digits: '7707083893', kind: 'inn' });
    expect(readTaxId('BG 121-759-222')).toEqual({ digits: '121759222', kind: 'eik' });
    expect(readTaxId('8001010008')).toEqual({ digits: '8001010008', kind: 'egn' });
    expect(readTaxId('7707083894')).toBeNull();
    expect(readTaxId('BG123456789')).toBeNull();
    expect(readTaxId('BG7707083893')).toBeNull();
    expect(readTaxId('')).toBeNull();
  });
});
