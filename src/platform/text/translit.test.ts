import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, foldForSearch, latinToCyrillicCandidates, searchForms } from './translit.js';

describe('cyrillicToLatin', () => {
  it.each([
    ['Иванов', 'Ivanov'],
    ['Петрова', 'Petrova'],
    ['Щукин', 'Shchukin'],
    ['Юлия', 'Yulia'],
    ['Мария', 'Maria'],
    ['Дмитрий', 'Dmitriy'],
    ['Михаил Хабенский', 'Mikhail Khabenskiy'],
    ['Царёв', 'Tsarev'],
    ['Объедков', 'Obedkov'],
    ['Ильич', 'Ilich'],
    ['Жуков', 'Zhukov'],
    ['Эдуард', 'Eduard'],
    ['Яков Юрьев', 'Yakov Yurev'],
    ['ЩУКИН', 'SHCHUKIN'],
    ['Щукин-Иванов, ООО «Ромашка»', 'Shchukin-Ivanov, OOO «Romashka»'],
    ['Smith', 'Smith'],
  ])('ru: %s → %s', (cyrillic, latin) => {
    expect(cyrillicToLatin(cyrillic, 'ru')).toBe(latin);
  });

  it.each([
    ['Щерев', 'Shterev'],
    ['Кънчев', 'Kanchev'],
    ['България', 'Balgaria'], // the law names Bulgaria as an exception; rules give this
    ['Илия', 'Ilia'],
    ['Ясен Юлиянов', 'Yasen Yuliyanov'],
    ['Живков', 'Zhivkov'],
    ['Цветанка', 'Tsvetanka'],
    ['Христо', 'Hristo'],
    ['Жельо', 'Zhelyo'],
    ['Георгиев', 'Georgiev'],
    ['ЩЕРЕВ', 'SHTEREV'],
  ])('bg: %s → %s', (cyrillic, latin) => {
    expect(cyrillicToLatin(cyrillic, 'bg')).toBe(latin);
  });

  it('applies -ия → -ia only at a word end', () => {
    expect(cyrillicToLatin('Ия', 'bg')).toBe('Ia');
    expect(cyrillicToLatin('Мария Иванова', 'ru')).toBe('Maria Ivanova');
    expect(cyrillicToLatin('Юлиян', 'bg')).toBe('Yuliyan');
  });
});

describe('latinToCyrillicCandidates', () => {
  it.each([
    ['Ivanov', 'Иванов'],
    ['Petrova', 'Петрова'],
    ['Shchukin', 'Щукин'],
    ['Georgiev', 'Георгиев'],
    ['Zhivkov', 'Живков'],
    ['Yuliya', 'Юлия'],
    ['Yulia', 'Юлия'],
    ['Shterev', 'Щерев'],
    ['Tsvetan', 'Цветан'],
    ['Mikhail', 'Михаил'],
    ['Hristo', 'Христо'],
    ['Nikolay', 'Николай'],
    ['Dmitriy', 'Дмитрий'],
    ['Dmitry', 'Дмитрий'],
    ['Yordan', 'Йордан'],
    ['Maria', 'Мария'],
    ['Aleksandr', 'Александр'],
    ['ivanov', 'иванов'],
    ['IVANOV', 'ИВАНОВ'],
    ['Ivan Petrov', 'Иван Петров'],
  ])('puts %s → %s first', (latin, cyrillic) => {
    expect(latinToCyrillicCandidates(latin)[0]).toBe(cyrillic);
  });

  it.each([
    ['Kanchev', 'Кънчев'],
    ['Shtern', 'Штерн'],
    ['Ilya', 'Илья'],
    ['Fyodor', 'Фёдор'],
    ['Eduard', 'Эдуард'],
    ['Alexander', 'Александер'],
  ])('offers %s → %s among the candidates', (latin, cyrillic) => {
    expect(latinToCyrillicCandidates(latin)).toContain(cyrillic);
  });

  it('stays within 8 candidates, without duplicates, for long and ambiguous input', () => {
    for (const text of ['Aleksandra Konstantinovna Tsvetaeva-Shcherbakova', 'Yanaya Yayaya', 'aaaaaaaaaaaaaaaaaaaaaaaa', 'Shterev']) {
      const candidates = latinToCyrillicCandidates(text);
      expect(candidates.length).toBeGreaterThan(0);
      expect(candidates.length).toBeLessThanOrEqual(8);
      expect(new Set(candidates).size).toBe(candidates.length);
    }
  });

  it('answers the same list every time', () => {
    const first = latinToCyrillicCandidates('Tsvetan Georgiev');
    for (let i = 0; i < 5; i++) expect(latinToCyrillicCandidates('Tsvetan Georgiev')).toEqual(first);
    expect(latinToCyrillicCandidates('Shterev')).toEqual(['Щерев', 'Штерев']);
  });

  it('gives nothing for text without Latin letters', () => {
    expect(latinToCyrillicCandidates('Иванов')).toEqual([]);
    expect(latinToCyrillicCandidates('123')).toEqual([]);
    expect(latinToCyrillicCandidates('')).toEqual([]);
  });

  it('round-trips what cyrillicToLatin writes', () => {
    for (const [name, lang] of [['Иванов', 'ru'], ['Щукин', 'ru'], ['Юлия', 'ru'], ['Щерев', 'bg'], ['Кънчев', 'bg'], ['Жельо', 'bg']] as const) {
      expect(latinToCyrillicCandidates(cyrillicToLatin(name, lang)), name).toContain(name);
    }
  });
});

describe('searchForms', () => {
  it('indexes a Cyrillic name with its Russian and Bulgarian Latin spellings', () => {
    expect(searchForms('Щукин')).toEqual(['щукин', 'shchukin', 'shtukin']);
    expect(searchForms('Иванов')).toEqual(['иванов', 'ivanov']);
  });

  it('folds case, ё, width and spaces', () => {
    expect(searchForms('  Пётр   ЁЛКИН ')).toEqual(['петр елкин', 'petr elkin']);
    expect(foldForSearch('Ｉｖａｎ')).toBe('ivan');
    expect(foldForSearch('Фёдор')).toBe(foldForSearch('ФЕДОР'));
  });

  it('keeps й, which decomposition would break', () => {
    expect(searchForms('Николай')[0]).toBe('николай');
  });

  it('expands a Latin name into folded Cyrillic candidates, original first', () => {
    const forms = searchForms('Yuliya');
    expect(forms[0]).toBe('yuliya');
    expect(forms).toContain('юлия');
    expect(searchForms('Fyodor')).toContain('федор');
    expect(searchForms('Fyodor').some((form) => form.includes('ё'))).toBe(false);
  });

  it('meets in one form whichever script the name and the query were typed in', () => {
    const pairs = [['Иванов', 'Ivanov'], ['Юлия', 'Yulia'], ['Юлия', 'Yuliya'], ['Щукин', 'Shchukin'], ['Щерев', 'Shterev'], ['Георгиев', 'georgiev'], ['Кънчев', 'Kanchev']];
    for (const [stored, query] of pairs) {
      const index = new Set(searchForms(stored!));
      expect(searchForms(query!).some((form) => index.has(form)), `${stored} / ${query}`).toBe(true);
    }
  });

  it('gives nothing for blank text', () => {
    expect(searchForms('   ')).toEqual([]);
  });
});
