import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every string the web app shows exists in English, Russian and Bulgarian: in the three main files
 * and in each feature's own `features/<name>/i18n/` files. Plural forms differ per language
 * (ru and bg need few/many), so keys are compared without their plural suffix.
 */
const WEB = new URL('../web/src/', import.meta.url);
const LANGUAGES = ['en', 'ru', 'bg'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

function read(path: URL): Map<string, string> {
  return flatten(JSON.parse(readFileSync(path, 'utf8')) as Tree);
}

function baseKeys(messages: Map<string, string>): Set<string> {
  return new Set([...messages.keys()].map((key) => key.replace(PLURAL, '')));
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]!))].sort();
}

const featuresDir = new URL('features/', WEB);
const features = readdirSync(featuresDir).filter((name) => existsSync(new URL(`${name}/i18n/en.json`, featuresDir)));
const sets: { name: string; file: (lng: string) => URL }[] = [
  { name: 'main', file: (lng) => new URL(`i18n/${lng}.json`, WEB) },
  ...features.map((name) => ({ name, file: (lng: string) => new URL(`${name}/i18n/${lng}.json`, featuresDir) })),
];

describe('web translations', () => {
  it.each(sets)('$name: every key exists in en, ru and bg, non-empty, with the same placeholders', ({ file }) => {
    const byLanguage = Object.fromEntries(LANGUAGES.map((lng) => [lng, read(file(lng))])) as Record<string, Map<string, string>>;
    const english = baseKeys(byLanguage.en!);
    for (const lng of LANGUAGES) {
      const messages = byLanguage[lng]!;
      expect([...english].filter((key) => !baseKeys(messages).has(key)), `${lng} misses`).toEqual([]);
      expect([...baseKeys(messages)].filter((key) => !english.has(key)), `${lng} has keys English lacks`).toEqual([]);
      expect([...messages].filter(([, text]) => text.trim() === '').map(([key]) => key), `${lng} empty`).toEqual([]);
    }
    const used = (messages: Map<string, string>) => {
      const byBase = new Map<string, Set<string>>();
      for (const [key, text] of messages) {
        const set = byBase.get(key.replace(PLURAL, '')) ?? new Set<string>();
        for (const name of placeholders(text)) if (name !== 'count') set.add(name);
        byBase.set(key.replace(PLURAL, ''), set);
      }
      return byBase;
    };
    const englishUse = used(byLanguage.en!);
    for (const lng of ['ru', 'bg']) {
      for (const [base, names] of used(byLanguage[lng]!)) {
        expect([...names].sort(), `${lng} ${base}`).toEqual([...(englishUse.get(base) ?? [])].sort());
      }
    }
  });

  it('a feature file never redefines a key of the main files or of another feature', () => {
    const owner = new Map<string, string>();
    for (const { name, file } of sets) {
      for (const key of baseKeys(read(file('en')))) {
        expect(owner.get(key), `${key} in ${name}`).toBeUndefined();
        owner.set(key, name);
      }
    }
  });
});
