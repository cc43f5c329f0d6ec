import { describe, expect, it } from 'vitest';
import { detectSource, suggestMapping, type ImportEntity } from './header-aliases.js';
import { planRow } from './import-rows.js';
import { statusOfWord } from './import-sales-rows.js';
import { currencyInAmount, parseCurrency, parseDirection, parseDone, parseDuration, parseMoment, parseQuantity, toMinor } from './import-sales-values.js';

/** Deal and activity cells and headers as other CRMs write them (decision 0034). */

const mapped = (entity: ImportEntity, headers: string[]) => Object.fromEntries(suggestMapping(entity, headers).filter((m) => m.field).map((m) => [headers[m.column], m.field]));

describe('deal and activity headers', () => {
  it('maps the deal exports of amoCRM, Bitrix24, Pipedrive, HubSpot and Salesforce', () => {
    const hubspot = ['Record ID', 'Deal Name', 'Deal Stage', 'Pipeline', 'Amount', 'Close Date', 'Deal owner', 'Associated Company', 'Associated Contact', 'Create Date'];
    expect(detectSource(hubspot)).toBe('hubspot');
    expect(mapped('deals', hubspot)).toEqual({
      'Record ID': 'externalId', 'Deal Name': 'title', 'Deal Stage': 'stage', Pipeline: 'pipeline', Amount: 'amount', 'Close Date': 'closeDate',
      'Deal owner': 'owner', 'Associated Company': 'company', 'Associated Contact': 'contact',
    });
    const amo = ['ID', 'Название сделки', 'Бюджет', 'Ответственный', 'Этап сделки', 'Воронка', 'Причина отказа', 'Теги сделки', 'Полное имя контакта', 'Компания контакта'];
    expect(detectSource(amo)).toBe('amocrm');
    expect(mapped('deals', amo)).toEqual({
      ID: 'externalId', 'Название сделки': 'title', 'Бюджет': 'amount', 'Ответственный': 'owner', 'Этап сделки': 'stage', 'Воронка': 'pipeline',
      'Причина отказа': 'lostReason', 'Теги сделки': 'tags', 'Полное имя контакта': 'contact', 'Компания контакта': 'company',
    });
    const bitrix = ['ID', 'Название сделки', 'Стадия сделки', 'Направление', 'Сумма', 'Валюта', 'Товар', 'Цена', 'Количество', 'Предполагаемая дата закрытия'];
    expect(detectSource(bitrix)).toBe('bitrix24');
    expect(Object.values(mapped('deals', bitrix))).toEqual(['externalId', 'title', 'stage', 'pipeline', 'amount', 'currency', 'product', 'price', 'quantity', 'closeDate']);
    const pipedrive = ['Deal - ID', 'Deal - Title', 'Person - ID', 'Person - Name', 'Person - Phone', 'Organization - ID', 'Organization - Name', 'Deal - Lost reason'];
    expect(mapped('deals', pipedrive)).toEqual({ 'Deal - ID': 'externalId', 'Deal - Title': 'title', 'Person - Name': 'contact', 'Organization - Name': 'company', 'Deal - Lost reason': 'lostReason' });
    const salesforce = ['Id', 'AccountId', 'ContactId', 'Name', 'StageName', 'Amount', 'CloseDate', 'OwnerId', 'LeadSource', 'CurrencyIsoCode'];
    expect(detectSource(salesforce)).toBe('salesforce');
    expect(Object.values(mapped('deals', salesforce))).toEqual(['externalId', 'company', 'contact', 'title', 'stage', 'amount', 'closeDate', 'owner', 'source', 'currency']);
  });

  it('maps Pipedrive activity exports: its own prefix, and the deal, person and organization by name', () => {
    const headers = ['Activity - Subject', 'Activity - Type', 'Activity - Due date', 'Activity - Done', 'Activity - Assigned to user', 'Activity - Duration', 'Deal - Title', 'Person - Name', 'Organization - Name', 'Person - ID'];
    expect(Object.values(mapped('activities', headers))).toEqual(['title', 'kind', 'dueAt', 'status', 'owner', 'duration', 'deal', 'contact', 'company']);
  });
});

describe('deal and activity values', () => {
  it('reads currencies, amounts in minor units, quantities and status words', () => {
    expect([parseCurrency('₽'), parseCurrency('руб.'), parseCurrency('eur'), parseCurrency('лв'), parseCurrency('dollars')]).toEqual(['RUB', 'RUB', 'EUR', 'BGN', null]);
    expect([currencyInAmount('1 234 567,89 ₽'), currencyInAmount('$1,200'), currencyInAmount('1200')]).toEqual(['RUB', 'USD', null]);
    expect([toMinor('1234567.89', 'RUB'), toMinor('5', 'JPY'), toMinor('5.5', 'JPY'), toMinor('0.5', 'EUR')]).toEqual([123456789, 5, null, 50]);
    expect([parseQuantity('2'), parseQuantity('1,5'), parseQuantity('0'), parseQuantity('1.2345')]).toEqual([2, 1.5, null, null]);
    expect(['Closed Won', 'Успешно реализовано', 'lost', 'Сделка провалена', 'open', 'maybe'].map(statusOfWord)).toEqual(['won', 'won', 'lost', 'lost', 'open', null]);
  });

  it('reads moments, durations, done flags and call directions', () => {
    expect(parseMoment('31.12.2024 18:05:00')).toEqual({ day: '2024-12-31', minute: 18 * 60 + 5 });
    expect(parseMoment('12/31/2024 6:05 PM')).toEqual({ day: '2024-12-31', minute: 18 * 60 + 5 });
    expect(parseMoment('2024-12-31')).toEqual({ day: '2024-12-31', minute: null });
    expect(parseMoment('2024-12-31T18:05:00+02:00')).toEqual({ instant: '2024-12-31T16:05:00.000Z' });
    expect([parseMoment('2024-12-31 25:00'), parseMoment('tomorrow')]).toEqual([null, null]);
    expect(['1:05:30', '05:30', '330', '5 min', '2 ч', '90 сек', 'long'].map(parseDuration)).toEqual([3930, 330, 330, 300, 7200, 90, null]);
    expect(['Да', 'выполнено', 'no', 'Запланировано', 'perhaps'].map(parseDone)).toEqual([true, true, false, false, null]);
    expect(['Входящий', 'outgoing', 'sideways'].map(parseDirection)).toEqual(['in', 'out', null]);
  });

  it('plans a deal row: bad amount, currency and date are row errors; an unknown owner falls to the default owner when one is chosen', () => {
    const mapping = [{ column: 0, field: 'title' }, { column: 1, field: 'amount' }, { column: 2, field: 'currency' }, { column: 3, field: 'closeDate' }, { column: 4, field: 'owner' }];
    const bad = planRow('deals', { line: 2, cells: ['Deal', 'lots', 'XX1', '2024-02-30', 'nobody'] }, 5, mapping, { country: 'RU', owners: new Map() });
    expect(bad.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['currency:invalid_currency', 'amount:invalid_amount', 'closeDate:invalid_date', 'owner:owner_not_found']);
    const good = planRow('deals', { line: 3, cells: ['Deal', '1 234,50 ₽', '', '31.12.2024', 'nobody'] }, 5, mapping, { country: 'RU', owners: new Map(), defaultOwnerId: 'u1' });
    expect(good.errors).toEqual([]);
    expect(good.refs).toMatchObject({ amount: '1234.50', currency: 'RUB' });
    expect(good.input).toEqual({ title: 'Deal', expectedClose: '2024-12-31' });
  });
});
