import { normalizePhone } from '../phones/phones.js';
import type { Random } from './random.js';

export type Country = 'RU' | 'BG' | 'GB' | 'US';

/** A phone number in E.164 and as a person would type it into a form or a spreadsheet. */
export interface Phone {
  /** `+79123456789`, `+359888123456`, `+447912345678`, `+14155552671` */
  e164: string;
  /** The same number in a national or loosely international form: `8 (912) 345-67-89`, `0888 123 456`. */
  typed: string;
  country: Country;
  kind: 'mobile' | 'landline';
}

// Russian mobile codes 9xx in use (940-949 are not issued for mobiles).
const RU_MOBILE_CODES = [
  '900', '901', '902', '903', '904', '905', '906', '908', '909', '910', '911', '912', '913', '914', '915',
  '916', '917', '918', '919', '920', '921', '922', '925', '926', '927', '928', '929', '930', '931', '950',
  '951', '952', '953', '958', '960', '961', '962', '963', '964', '965', '967', '968', '977', '978', '980',
  '981', '982', '983', '985', '987', '988', '989', '991', '992', '993', '995', '996', '999',
];
const US_AREA_CODES = ['212', '213', '305', '312', '415', '469', '512', '617', '646', '702', '713', '718', '773', '917'];

function e164(country: Country, nsn: string): string {
  const code = country === 'RU' ? '7' : country === 'BG' ? '359' : country === 'GB' ? '44' : '1';
  return `+${code}${nsn}`;
}

/** Splits `digits` into groups of the given sizes: group('3456789', [3, 2, 2]) → ['345', '67', '89']. */
function group(digits: string, sizes: readonly number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(digits.slice(at, at + size));
    at += size;
  }
  return out;
}

/** Russian number: `code` is the 3-5 digit area or mobile code, `rest` makes it up to 10 digits. */
function typedRu(r: Random, code: string, rest: string): string {
  const [a, b, c] = rest.length === 7 ? group(rest, [3, 2, 2]) : rest.length === 6 ? group(rest, [2, 2, 2]) : [rest, '', ''];
  const tail = [a, b, c].filter(Boolean);
  switch (r.int(0, 5)) {
    case 0: return `8 (${code}) ${tail.join('-')}`;
    case 1: return `+7 (${code}) ${tail.join('-')}`;
    case 2: return `+7 ${code} ${tail.join(' ')}`;
    case 3: return `8${code}${rest}`;
    case 4: return `8-${code}-${tail.join('-')}`;
    default: return `+7${code}${rest}`;
  }
}

function typedBgMobile(r: Random, nsn: string): string {
  const [a, b, c] = group(nsn, [3, 3, 3]);
  switch (r.int(0, 5)) {
    case 0: return `0${a} ${b} ${c}`;
    case 1: return `0${nsn}`;
    case 2: return `+359 ${a} ${b} ${c}`;
    case 3: return `+359${nsn}`;
    case 4: return `00359 ${a} ${b} ${c}`;
    default: return `0${nsn.slice(0, 2)} ${nsn.slice(2, 5)} ${nsn.slice(5)}`;
  }
}

function typedGbMobile(r: Random, nsn: string): string {
  const head = nsn.slice(0, 4);
  const tail = nsn.slice(4);
  switch (r.int(0, 3)) {
    case 0: return `0${head} ${tail}`;
    case 1: return `+44 ${head} ${tail}`;
    case 2: return `0${nsn}`;
    default: return `+44 (0)${head} ${tail}`;
  }
}

function typedUs(r: Random, nsn: string): string {
  const [a, b, c] = group(nsn, [3, 3, 4]);
  switch (r.int(0, 4)) {
    case 0: return `(${a}) ${b}-${c}`;
    case 1: return `${a}-${b}-${c}`;
    case 2: return `+1 ${a} ${b} ${c}`;
    case 3: return `1 (${a}) ${b}-${c}`;
    default: return `${a}.${b}.${c}`;
  }
}

function usNumber(r: Random, area?: string): string {
  return `${area ?? r.pick(US_AREA_CODES)}${r.int(2, 9)}${r.digits(2)}${r.digits(4)}`;
}

/** A mobile number of the country: RU +7 9xx, BG +359 8[789], GB +44 7[4-9], US +1 (NANP). */
function drawMobile(r: Random, country: Country): Phone {
  if (country === 'RU') {
    const code = r.pick(RU_MOBILE_CODES);
    const rest = r.digits(7);
    return { e164: e164('RU', code + rest), typed: typedRu(r, code, rest), country, kind: 'mobile' };
  }
  if (country === 'BG') {
    const nsn = `8${r.int(7, 9)}${r.int(1, 9)}${r.digits(6)}`;
    return { e164: e164('BG', nsn), typed: typedBgMobile(r, nsn), country, kind: 'mobile' };
  }
  if (country === 'GB') {
    // 76xx are pagers and personal numbers, not mobiles.
    const nsn = `7${r.pick(['4', '5', '7', '8', '9'])}${r.digits(8)}`;
    return { e164: e164('GB', nsn), typed: typedGbMobile(r, nsn), country, kind: 'mobile' };
  }
  const nsn = usNumber(r);
  return { e164: e164('US', nsn), typed: typedUs(r, nsn), country, kind: 'mobile' };
}

/**
 * An office number in a city with dialling code `areaCode` (national, without the trunk 8 or 0):
 * Moscow 495, Tyumen 3452, Sofia 2, Plovdiv 32, London 20, Manchester 161, San Francisco 415.
 */
function drawLandline(r: Random, country: Country, areaCode: string): Phone {
  if (country === 'RU') {
    const rest = r.int(2, 9) + r.digits(9 - areaCode.length);
    return { e164: e164('RU', areaCode + rest), typed: typedRu(r, areaCode, rest), country, kind: 'landline' };
  }
  if (country === 'BG') {
    const rest = r.int(2, 9) + r.digits(7 - areaCode.length);
    const nsn = areaCode + rest;
    const typed = r.chance(0.6) ? `0${areaCode} ${rest.slice(0, 3)} ${rest.slice(3)}` : `+359 ${areaCode} ${rest.slice(0, 3)} ${rest.slice(3)}`;
    return { e164: e164('BG', nsn), typed, country, kind: 'landline' };
  }
  if (country === 'GB') {
    // London's 020 numbers in use start with 3, 7 or 8.
    const nsn = areaCode + (areaCode === '20' ? r.pick(['3', '7', '8']) : r.int(2, 8)) + r.digits(9 - areaCode.length);
    const parts = group(nsn, areaCode.length === 2 ? [2, 4, 4] : areaCode.length === 3 ? [3, 3, 4] : [areaCode.length, 10 - areaCode.length]);
    const typed = r.chance(0.7) ? `0${parts.join(' ')}` : `+44 ${parts.join(' ')}`;
    return { e164: e164('GB', nsn), typed, country, kind: 'landline' };
  }
  const nsn = usNumber(r, areaCode);
  return { e164: e164('US', nsn), typed: typedUs(r, nsn), country, kind: 'landline' };
}

/**
 * Draws until libphonenumber calls the number valid (ranges inside a code are not all issued:
 * RU 930 0xx, GB 0113 6xx...), so demo and benchmark phones pass the CRM's own validation.
 * Deterministic: the redraws come from the same random stream.
 */
function valid(draw: () => Phone): Phone {
  let phone = draw();
  for (let i = 0; i < 50 && !normalizePhone(phone.e164, phone.country).ok; i++) phone = draw();
  return phone;
}

/** A mobile number of the country: RU +7 9xx, BG +359 8[789], GB +44 7[4-9], US +1 (NANP). */
export function mobilePhone(r: Random, country: Country): Phone {
  return valid(() => drawMobile(r, country));
}

/**
 * An office number in a city with dialling code `areaCode` (national, without the trunk 8 or 0):
 * Moscow 495, Tyumen 3452, Sofia 2, Plovdiv 32, London 20, Manchester 161, San Francisco 415.
 */
export function landlinePhone(r: Random, country: Country, areaCode: string): Phone {
  return valid(() => drawLandline(r, country, areaCode));
}
