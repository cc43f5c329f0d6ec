import { describe, expect, it } from 'vitest';
import { compareNames, editDistance, nameBlockingKeys, typoLimit } from './name-match.js';

const relation = (a: string, b: string) => compareNames(a, b)?.relation ?? null;
const meet = (a: string, b: string) => nameBlockingKeys(a).some((k) => nameBlockingKeys(b).includes(k));

describe('fuzzy person names', () => {
  it('allow more typos in longer words, counting a swap of two letters as one', () => {
    expect([typoLimit(4), typoLimit(5), typoLimit(8), typoLimit(9)]).toEqual([0, 1, 1, 2]);
    expect(editDistance('ivanov', 'ivonov', 1)).toBe(1);
    expect(editDistance('ivanov', 'iavnov', 1)).toBe(1);
    expect(editDistance('ivanov', 'ivanova', 1)).toBe(1);
    expect(editDistance('petrov', 'pterova', 1)).toBe(2);
  });

  it('tell a typo, an initial, a pet form and a cross-script spelling from the same name', () => {
    expect(relation('Иванов Пётр', 'Петр Иванов')).toBe('same');
    expect(relation('Пётр Сергеевич Иванов', 'Петр Иванов')).toBe('same');
    expect(relation('Stoyan Shterev', 'Стоян Щерев')).toBe('same');
    expect(relation('Иван Петров Георгиев', 'Иван Георгиев')).toBe('same');
    expect(relation('Пётр Иванов', 'Пётр Ивонов')).toBe('typo');
    expect(compareNames('Пётр Иванов', 'Пётр Ивонов')?.detail).toBe('ivanov ~ ivonov');
    expect(relation('Александр Смирнов', 'Алексндр Смирнов')).toBe('typo');
    expect(relation('П. Иванов', 'Пётр Иванов')).toBe('initial');
    expect(relation('Ж. Иванова', 'Жанна Иванова')).toBe('initial');
    expect(relation('Ю. Щукина', 'Юлия Щукина')).toBe('initial');
    expect(relation('Саша Иванов', 'Александр Иванов')).toBe('nickname');
    expect(compareNames('Саша Иванов', 'Александр Иванов')?.detail).toBe('Александр');
    expect(relation('Ваня Петров', 'Иван Петров')).toBe('nickname');
    expect(relation('Маша Смирнова', 'Мария Смирнова')).toBe('nickname');
    expect(relation('Пешо Димитров', 'Петър Димитров')).toBe('nickname');
    expect(relation('Bill Walker', 'William Walker')).toBe('nickname');
    expect(relation('Джон Уильямс', 'John Williams')).toBe('sound');
    expect(relation('Браун Джеймс', 'James Brown')).toBe('sound');
  });

  it('keep different people apart', () => {
    expect(relation('Иван Петров', 'Иван Петренко')).toBeNull();
    expect(relation('Иван Петров', 'Олег Петров')).toBeNull();
    expect(relation('Иван Петров', 'Иван Петрова')).toBe('typo');
    expect(relation('Анна', 'Анна')).toBeNull();
    expect(relation('П. И.', 'Пётр Иванов')).toBeNull();
    expect(relation('Пётр Иванов', 'Ирина Иванова')).toBeNull();
  });

  it('give variants of one name a shared blocking key', () => {
    expect(meet('Пётр Иванов', 'Иванов Птер')).toBe(true);
    expect(meet('Пётр Иванов', 'Пётр Ивонов')).toBe(true);
    expect(meet('Пётр Иванов', 'П. Иванов')).toBe(true);
    expect(meet('Юлия Щукина', 'Ю. Щукина')).toBe(true);
    expect(meet('Петя Иванов', 'Пётр Иванов')).toBe(true);
    expect(meet('Иван Петров Георгиев', 'Иван Георгиев')).toBe(true);
    expect(meet('Пётр Иванов', 'Олег Смирнов')).toBe(false);
    expect(nameBlockingKeys('Анна')).toEqual([]);
  });

  it('find a typo in the first letter of a long word, and no two surnames that differ just so', () => {
    expect(relation('Пётр Иванов', 'Пётр Уванов')).toBe('typo');
    expect(compareNames('Пётр Иванов', 'Пётр Уванов')?.detail).toBe('ivanov ~ uvanov');
    expect(relation('Мария Кузнецова', 'Мария Гузнецова')).toBe('typo');
    // The first letter dropped, or swapped with the second.
    expect(relation('Анна Смирнова', 'Анна Мирнова')).toBe('typo');
    expect(relation('Анна Смирнова', 'Анна Мсирнова')).toBe('typo');
    expect(relation('Stoyan Shterev', 'Stoyan Hterev')).toBe('typo');
    // One Cyrillic letter is two Latin ones; two letters swapped leave one less to agree on.
    expect(relation('Алина Журавлёва', 'Алина Пуравлёва')).toBe('typo');
    expect(relation('Дмитрий Власов', 'Дмитрий Лвасов')).toBe('typo');
    // Five letters or fewer, or a second typo besides the first letter: two names.
    expect(relation('Олег Белов', 'Олег Делов')).toBeNull();
    // The cost: two real six-letter surnames one first letter apart read as one mistyped (weak without context).
    expect(relation('Иван Петров', 'Иван Ветров')).toBe('typo');
    expect(relation('Пётр Иванов', 'Пётр Уваков')).toBeNull();
    expect(meet('Пётр Иванов', 'Пётр Уванов')).toBe(true);
    expect(meet('Мария Кузнецова', 'Бария Кузнецова')).toBe(true);
    // Found as candidates, but five letters are too few to call "Мария" and "Бария" one (Мария / Дарья are two).
    expect(relation('Мария Кузнецова', 'Бария Кузнецова')).toBeNull();
    expect(relation('Мария Кузнецова', 'Дарья Кузнецова')).toBeNull();
  });

  it('find typos in two words at once through a shared blocking key', () => {
    expect(relation('Petr Ivanov', 'Petar Ivonov')).toBe('typo');
    expect(meet('Petr Ivanov', 'Petar Ivonov')).toBe(true);
    // A typo that makes a doubled letter is one edit of the word as typed, though folding merges the pair.
    expect(relation('George Ellis', 'Gerge Ellio')).toBe('typo');
    expect(meet('Алексей Смирнов', 'Алексй Смирнв')).toBe(true);
    expect(meet('Дмитрий Кузнецов', 'Дмитрй Кузнцов')).toBe(true);
    // Keys grow with the surname's length, not beyond it; names far apart still share none.
    expect(nameBlockingKeys('Мария Кузнецова').length).toBeLessThanOrEqual(14);
    expect(meet('Алексей Смирнов', 'Олег Соколов')).toBe(false);
  });
});
