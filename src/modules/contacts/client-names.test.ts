import { describe, expect, it } from 'vitest';
import { composeDisplayName, nameKey, sortName, taxIdKey } from './client-names.js';
import { contactPointValues, normalizeTags } from './client-points.js';

describe('client name keys', () => {
  it('gives one key to a name in either script, case, spacing or punctuation', () => {
    expect(nameKey('Иванов Иван')).toBe('ivan ivanov');
    expect(nameKey('Ivanov Ivan')).toBe('ivan ivanov');
    expect(nameKey('  IVANOV,  ivan ')).toBe('ivan ivanov');
    expect(nameKey('ООО «Ромашка»')).toBe(nameKey('OOO Romashka'));
    expect(nameKey('Ёлкин')).toBe(nameKey('Елкин'));
    expect(nameKey('Müller')).toBe(nameKey('Muller'));
    expect(nameKey('Müller')).toBe('muler');
    expect(nameKey('Иванов Петр')).toBe(nameKey('Пётр Иванов'));
    expect(nameKey('Иванов Петр')).not.toBe(nameKey('Иванов Павел'));
  });

  it('sorts by the folded name and composes display names from the parts a person has', () => {
    expect(sortName('  Ёжиков  Пётр ')).toBe('ежиков петр');
    expect(composeDisplayName({ firstName: 'Анна', middleName: null, lastName: 'Смирнова' })).toBe('Анна Смирнова');
    expect(composeDisplayName({ firstName: ' ', lastName: null })).toBe('');
    expect(taxIdKey(' bg 123-456.789 ')).toBe('BG123456789');
    expect(taxIdKey('BG 121-759-222')).toBe('121759222');
    expect(taxIdKey('  - ')).toBeNull();
  });

  it('derives contact points and unique tags', () => {
    expect(normalizeTags([' VIP ', 'vip', 'Партнёр', 'ПАРТНЁР', '', 'a  b'])).toEqual(['VIP', 'Партнёр', 'a b']);
    expect(contactPointValues({
      phones: [{ type: 'mobile', value: '8 912 345-67-89', e164: '+79123456789', flagged: 0 }, { type: 'work', value: 'ext 12 (old)', e164: null, flagged: 1 }],
      emails: [{ type: 'work', value: 'A@B.C' }],
      messengers: [{ type: 'telegram', value: '@IvanP' }, { type: 'vk', value: 'ivanp' }],
    })).toEqual([
      { kind: 'phone', value: '79123456789' }, { kind: 'phone', value: '12' }, { kind: 'email', value: 'a@b.c' }, { kind: 'messenger', value: 'ivanp' },
    ]);
  });
});
