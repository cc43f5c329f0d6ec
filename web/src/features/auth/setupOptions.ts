import { displayName } from '../../i18n/format';

export interface Option {
  value: string;
  label: string;
}

// ISO 3166-1 alpha-2; names come from Intl.DisplayNames in the interface language.
const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
  'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
  'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
  'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
  'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
  'TN TO TR TT TV TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const EURO_COUNTRIES = 'AD AT BE BG CY DE EE ES FI FR GR HR IE IT LT LU LV MC ME MT NL PT SI SK SM VA'.split(' ');

// Only to preselect a sensible currency; the user can pick any.
const CURRENCY_BY_COUNTRY: Record<string, string> = {
  AE: 'AED', AM: 'AMD', AU: 'AUD', AZ: 'AZN', BA: 'BAM', BR: 'BRL', BY: 'BYN', CA: 'CAD', CH: 'CHF', CN: 'CNY',
  CZ: 'CZK', DK: 'DKK', GB: 'GBP', GE: 'GEL', HU: 'HUF', IL: 'ILS', IN: 'INR', JP: 'JPY', KG: 'KGS', KZ: 'KZT',
  MD: 'MDL', MK: 'MKD', MX: 'MXN', NO: 'NOK', NZ: 'NZD', PL: 'PLN', RO: 'RON', RS: 'RSD', RU: 'RUB', SE: 'SEK',
  TJ: 'TJS', TR: 'TRY', UA: 'UAH', US: 'USD', UZ: 'UZS',
};

function sortByLabel(options: Option[], locale: string): Option[] {
  return options.sort((a, b) => a.label.localeCompare(b.label, locale));
}

export function countryOptions(locale: string): Option[] {
  return sortByLabel(
    COUNTRY_CODES.map((code) => ({ value: code, label: displayName(code, 'region') })),
    locale,
  );
}

export function currencyOptions(locale: string): Option[] {
  const codes = Intl.supportedValuesOf('currency');
  return sortByLabel(
    codes.map((code) => ({ value: code, label: `${displayName(code, 'currency')} (${code})` })),
    locale,
  );
}

export function timeZoneOptions(current: string): Option[] {
  const zones = Intl.supportedValuesOf('timeZone');
  const all = zones.includes(current) ? zones : [current, ...zones];
  return all.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

export function guessTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function guessCountry(): string {
  for (const tag of navigator.languages ?? [navigator.language]) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && COUNTRY_CODES.includes(region)) return region;
    } catch {
      // An odd language tag from the browser; try the next one.
    }
  }
  return 'US';
}

export function currencyForCountry(country: string): string {
  if (EURO_COUNTRIES.includes(country)) return 'EUR';
  return CURRENCY_BY_COUNTRY[country] ?? 'USD';
}
