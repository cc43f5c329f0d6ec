import type { StageKind } from './pipelines.schema.js';

/**
 * The pipeline and lost reasons a workspace starts with, in its language. They become the
 * workspace's own data at once (renamed, reordered or retired like any other).
 */
interface Defaults {
  pipeline: string;
  stages: string[];
  /** A pipeline created without stages gets these three. */
  minimal: [string, string, string];
  reasons: string[];
}

const DEFAULTS: Record<'en' | 'ru' | 'bg', Defaults> = {
  en: {
    pipeline: 'Sales',
    stages: ['New request', 'First call', 'Proposal sent', 'Meeting', 'Won', 'Lost'],
    minimal: ['New', 'Won', 'Lost'],
    reasons: ['Too expensive', 'Chose a competitor', 'No budget', 'No answer', 'Not a fit'],
  },
  ru: {
    pipeline: 'Продажи',
    stages: ['Новая заявка', 'Первый звонок', 'Отправлено предложение', 'Встреча', 'Выиграна', 'Проиграна'],
    minimal: ['Новая', 'Выиграна', 'Проиграна'],
    reasons: ['Дорого', 'Выбрали конкурента', 'Нет бюджета', 'Не отвечает', 'Не подходит'],
  },
  bg: {
    pipeline: 'Продажби',
    stages: ['Ново запитване', 'Първо обаждане', 'Изпратена оферта', 'Среща', 'Спечелена', 'Загубена'],
    minimal: ['Нова', 'Спечелена', 'Загубена'],
    reasons: ['Скъпо', 'Избраха конкурент', 'Няма бюджет', 'Не отговаря', 'Не е подходящо'],
  },
};

export interface StageTemplate {
  name: string;
  color: string;
  probability: number;
  kind: StageKind;
}

const SHAPE: Array<Omit<StageTemplate, 'name'>> = [
  { color: '#228be6', probability: 10, kind: 'open' }, { color: '#15aabf', probability: 20, kind: 'open' },
  { color: '#fab005', probability: 50, kind: 'open' }, { color: '#fd7e14', probability: 70, kind: 'open' },
  { color: '#40c057', probability: 100, kind: 'won' }, { color: '#fa5252', probability: 0, kind: 'lost' },
];

/** The defaults in a locale's language (English for any other). */
export function defaultsFor(locale: string): Defaults {
  const lang = locale.slice(0, 2);
  return lang === 'ru' || lang === 'bg' ? DEFAULTS[lang] : DEFAULTS.en;
}

/** The stages of the default pipeline. */
export function defaultStages(locale: string): StageTemplate[] {
  return defaultsFor(locale).stages.map((name, i) => ({ name, ...SHAPE[i]! }));
}

/** The stages of a new pipeline created without any: one open stage, won and lost. */
export function minimalStages(locale: string): StageTemplate[] {
  const [open, won, lost] = defaultsFor(locale).minimal;
  return [{ name: open, ...SHAPE[0]! }, { name: won, ...SHAPE[4]! }, { name: lost, ...SHAPE[5]! }];
}

/** A stage's default color and probability by kind, for stages added without them. */
export function stageDefaults(kind: StageKind): Omit<StageTemplate, 'name'> {
  return kind === 'won' ? SHAPE[4]! : kind === 'lost' ? SHAPE[5]! : SHAPE[0]!;
}
