import { readFileSync } from 'node:fs';
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';

// The duplicates screen words the API's evidence codes; these checks keep every language whole.
// The web app compiles under its own tsconfig (bundler resolution), so it is loaded by path here.
type Detail = { kind: string; value?: string; text?: string };
interface EvidenceModule {
  KNOWN_EVIDENCE: readonly string[];
  evidenceText: (t: TFunction, detail: Detail, entity?: string) => string;
  evidenceLabel: (t: TFunction, kind: string) => string;
  pairEvidence: (evidence: readonly string[], details: readonly Detail[]) => Detail[];
  formatPhoneValue: (value: string) => string;
}
const WEB = new URL('../web/src/', import.meta.url);
const LANGUAGES = Object.fromEntries(['en', 'ru', 'bg'].map((lng) => [lng, JSON.parse(readFileSync(new URL(`i18n/${lng}.json`, WEB), 'utf8')) as object]));
const translators = new Map<string, TFunction>();
const web = (await import(new URL('features/duplicates/evidenceText.ts', WEB).pathname)) as EvidenceModule;
const { evidenceLabel, evidenceText, formatPhoneValue, KNOWN_EVIDENCE, pairEvidence } = web;

beforeAll(async () => {
  for (const [lng, translation] of Object.entries(LANGUAGES)) {
    const i18n = createInstance();
    await i18n.init({ lng, resources: { [lng]: { translation } }, interpolation: { escapeValue: false } });
    translators.set(lng, i18n.t);
  }
});

describe.each(Object.keys(LANGUAGES))('duplicate evidence in %s', (lng) => {
  it('has words for every known kind, with and without its value, and never shows a code', () => {
    const t = translators.get(lng)!;
    for (const kind of KNOWN_EVIDENCE) {
      for (const text of [evidenceText(t, { kind }), evidenceText(t, { kind, value: '79121112233' }), evidenceText(t, { kind }, 'company'), evidenceLabel(t, kind)]) {
        expect(text).not.toContain('duplicates.');
        expect(text).not.toBe(kind);
        expect(text).not.toMatch(/[a-z]_[a-z]/);
      }
    }
    const other = evidenceText(t, { kind: 'future_kind', value: 'x' });
    expect(other).toBe(t('duplicates.evidence.other'));
    expect(other).not.toMatch(/future_kind|duplicates\./);
    // A kind the app has no words for yet reads as the server worded it.
    expect(evidenceText(t, { kind: 'future_kind', text: 'Worded by the server' })).toBe('Worded by the server');
  });

  it('says the shared phone as people write it', () => {
    const t = translators.get(lng)!;
    expect(evidenceText(t, { kind: 'phone', value: '359887123456' })).toContain('+359 88 712 3456');
  });
});

describe('the evidence of a pair', () => {
  it('lists each detail once, strongest first, adds kinds without details, and folds unknown kinds into one line', () => {
    const shown = pairEvidence(['name', 'phone', 'fuzzy', 'diminutive'], [
      { kind: 'name', value: 'ivanov ivan' },
      { kind: 'phone', value: '79121112233' },
      { kind: 'phone', value: '79121112233' },
      { kind: 'fuzzy' },
      { kind: 'diminutive', value: 'Саша' },
    ]);
    expect(shown).toEqual([{ kind: 'phone', value: '79121112233' }, { kind: 'name', value: 'ivanov ivan' }, { kind: 'fuzzy' }]);
    expect(pairEvidence(['company', 'name'], [{ kind: 'name' }])).toEqual([{ kind: 'name' }, { kind: 'company' }]);
  });

  it('formats stored phones and leaves what is not a phone alone', () => {
    expect(formatPhoneValue('+79121112233')).toBe('+7 912 111 22 33');
    expect(formatPhoneValue('n/a')).toBe('n/a');
  });
});
