/**
 * The deterministic demo data generator: Russian, Bulgarian and English people and companies that
 * look real (gendered surnames, patronymics, transliterated emails, phones as typed, valid tax ids)
 * and repeat exactly for a seed. Record number i of each kind is a pure function of (seed, i), so a
 * stream of 1,000,000 contacts holds one record in memory at a time and any slice can be regenerated.
 */
import { Random, recordSeed } from './random.js';
import { drawPerson, type DemoPerson } from './person.js';
import { drawCompany, type DemoCompany } from './company.js';
import type { DemoLocale } from './positions.js';
import { transliterate } from './translit.js';

export type { DemoPerson, Gender, Name } from './person.js';
export type { DemoCompany, DemoContactPerson } from './company.js';
export type { DemoLocale, ContactRole } from './positions.js';
export type { Country, Phone } from './phones.js';

/** The seed of the published demo: same seed, same people, on every machine and every run. */
export const DEFAULT_SEED = 20261123;

/** Default mix of locales: half Russian, 30% Bulgarian, 20% English. */
export const DEFAULT_LOCALE_MIX: readonly (readonly [DemoLocale, number])[] = [['ru', 50], ['bg', 30], ['en', 20]];

const STREAM = { person: 1, company: 2, user: 3 } as const;

export interface StreamOptions {
  /** Index of the first record (default 0): `people(1000, { start: 5000 })` yields people 5000-5999. */
  start?: number;
  /** Every record in this locale instead of the default mix. */
  locale?: DemoLocale;
}

export interface UsersOptions {
  /** User i gets `locales[i % locales.length]`; default: the mix. */
  locales?: readonly DemoLocale[];
  /** Mail domain of the users' sign-in emails; default `kartoteka.local`. */
  domain?: string;
}

export interface DemoGenerator {
  readonly seed: number;
  /** Person number `index`. The same (seed, index) always gives the same person. */
  personAt(index: number, locale?: DemoLocale): DemoPerson;
  /** The next person of this generator: personAt(0), personAt(1), ... */
  person(locale?: DemoLocale): DemoPerson;
  /** Company number `index` with its contact persons. */
  companyAt(index: number, locale?: DemoLocale): DemoCompany;
  /** The next company of this generator: companyAt(0), companyAt(1), ... */
  company(locale?: DemoLocale): DemoCompany;
  /** `n` people, one at a time (nothing is kept: stream a million without holding them). */
  people(n: number, options?: StreamOptions): Generator<DemoPerson, void, undefined>;
  /** `n` companies, one at a time. */
  companies(n: number, options?: StreamOptions): Generator<DemoCompany, void, undefined>;
  /**
   * `n` staff members with unique sign-in emails (`anna.smirnova@kartoteka.local`). The first k of
   * users(n) are users(k): adding people to a roster never renames the ones already there.
   */
  users(n: number, options?: UsersOptions): DemoPerson[];
}

/**
 * Creates a generator. Never uses Math.random: output depends on `seed` alone.
 * @example
 *   const gen = createGenerator();
 *   for (const p of gen.people(1_000_000)) write(p);
 */
export function createGenerator(seed: number = DEFAULT_SEED): DemoGenerator {
  // One state, reseeded per record: no allocation per record beyond the record itself.
  const r = new Random(seed);
  let nextPerson = 0;
  let nextCompany = 0;

  function localeAt(forced: DemoLocale | undefined): DemoLocale {
    const drawn = r.weighted(DEFAULT_LOCALE_MIX); // drawn even when forced, so the rest of the record stays aligned
    return forced ?? drawn;
  }

  function personAt(index: number, locale?: DemoLocale): DemoPerson {
    r.reseed(recordSeed(seed, STREAM.person, index));
    return drawPerson(r, `person:${index}`, localeAt(locale));
  }

  function companyAt(index: number, locale?: DemoLocale): DemoCompany {
    r.reseed(recordSeed(seed, STREAM.company, index));
    return drawCompany(r, `company:${index}`, localeAt(locale));
  }

  function* people(n: number, options: StreamOptions = {}): Generator<DemoPerson, void, undefined> {
    const start = options.start ?? 0;
    for (let i = start; i < start + n; i++) yield personAt(i, options.locale);
  }

  function* companies(n: number, options: StreamOptions = {}): Generator<DemoCompany, void, undefined> {
    const start = options.start ?? 0;
    for (let i = start; i < start + n; i++) yield companyAt(i, options.locale);
  }

  function users(n: number, options: UsersOptions = {}): DemoPerson[] {
    const domain = options.domain ?? 'kartoteka.local';
    const taken = new Set<string>();
    const out: DemoPerson[] = [];
    for (let i = 0; i < n; i++) {
      r.reseed(recordSeed(seed, STREAM.user, i));
      const forced = options.locales?.length ? options.locales[i % options.locales.length] : undefined;
      const locale = localeAt(forced);
      const draft = drawPerson(r, `user:${i}`, locale, { emailLocalPart: 'x', emailDomain: domain });
      const base = `${transliterate(draft.firstName, locale)}.${transliterate(draft.lastName, locale)}`;
      let local = base;
      for (let k = 2; taken.has(local); k++) local = `${base}${k}`;
      taken.add(local);
      out.push({ ...draft, email: `${local}@${domain}` });
    }
    return out;
  }

  return {
    seed,
    personAt,
    person: (locale) => personAt(nextPerson++, locale),
    companyAt,
    company: (locale) => companyAt(nextCompany++, locale),
    people,
    companies,
    users,
  };
}
