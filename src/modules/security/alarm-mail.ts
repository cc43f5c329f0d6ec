/** What an alarm mail says; `count` crossed `limit` within the last hour (so it is at least 2). */
export interface AlarmMailFacts {
  userName: string;
  userEmail: string;
  kind: 'view' | 'export' | 'read';
  count: number;
  limit: number;
  blocked: boolean;
  /** For `read`: the window the limit is of. */
  window?: 'hour' | 'day';
  /** For `read`: what was read most within the window (entity type, path, units, rows). */
  top?: Array<{ entityType: string; path: string; units: number; rows: number }>;
  /** The last active administrator is never blocked; true when blocking was on but skipped for that. */
  lastAdmin?: boolean;
}

interface Texts {
  subject: (f: AlarmMailFacts) => string;
  what: (f: AlarmMailFacts) => string;
  limit: (f: AlarmMailFacts) => string;
  blocked: string;
  notBlocked: string;
  read: (f: AlarmMailFacts) => string;
  top: string;
  topLine: (r: NonNullable<AlarmMailFacts['top']>[number]) => string;
  lastAdmin: string;
}

// Russian counts are put after a colon: the noun's form after a number depends on the number.
const TEXTS: Record<'en' | 'ru' | 'bg', Texts> = {
  en: {
    subject: (f) => `Security alarm: ${f.userName}`,
    what: (f) => f.kind === 'view'
      ? `${f.userName} (${f.userEmail}) opened ${f.count} client cards within the last hour.`
      : `${f.userName} (${f.userEmail}) exported ${f.count} records within the last hour.`,
    limit: (f) => `The alarm threshold is ${f.limit} per hour.`,
    blocked: 'The account has been blocked until an administrator unblocks it (Settings → Users).',
    notBlocked: 'The account was not blocked. Check the audit log to see whether this work was expected.',
    read: (f) => `${f.userName} (${f.userEmail}) read ${f.count} units of client data within the last ${f.window === 'day' ? '24 hours' : 'hour'} (the limit is ${f.limit}).`,
    topLine: (r) => `- ${r.entityType}, ${r.path}: ${r.rows} records, ${r.units} units`,
    top: 'What was read (Settings → Security → Read audit has every request):',
    lastAdmin: 'The account was not blocked: it is the last active administrator.',
  },
  ru: {
    subject: (f) => `Тревога безопасности: ${f.userName}`,
    what: (f) => f.kind === 'view'
      ? `${f.userName} (${f.userEmail}) открывает много карточек клиентов: ${f.count} за последний час.`
      : `${f.userName} (${f.userEmail}) выгружает много записей: ${f.count} за последний час.`,
    limit: (f) => `Порог тревоги — ${f.limit} в час.`,
    blocked: 'Учётная запись заблокирована, пока администратор её не разблокирует (Настройки → Пользователи).',
    notBlocked: 'Учётная запись не заблокирована. Проверьте по журналу аудита, ожидаема ли эта работа.',
    read: (f) => `${f.userName} (${f.userEmail}) читает много данных клиентов за ${f.window === 'day' ? 'последние 24 часа' : 'последний час'}: ${f.count} ед. (порог: ${f.limit}).`,
    topLine: (r) => `- ${r.entityType}, ${r.path}: записей — ${r.rows}, единиц — ${r.units}`,
    top: 'Что было прочитано (все запросы — в Настройки → Безопасность → Журнал чтения):',
    lastAdmin: 'Учётная запись не заблокирована: это последний активный администратор.',
  },
  bg: {
    subject: (f) => `Сигнал за сигурност: ${f.userName}`,
    what: (f) => f.kind === 'view'
      ? `${f.userName} (${f.userEmail}) отвори ${f.count} клиентски картона през последния час.`
      : `${f.userName} (${f.userEmail}) изнесе ${f.count} записа през последния час.`,
    limit: (f) => `Прагът за сигнал е ${f.limit} на час.`,
    blocked: 'Профилът е блокиран, докато администратор не го отблокира (Настройки → Потребители).',
    notBlocked: 'Профилът не е блокиран. Проверете в журнала за одит дали тази работа е очаквана.',
    read: (f) => `${f.userName} (${f.userEmail}) прочете ${f.count} единици клиентски данни през ${f.window === 'day' ? 'последните 24 часа' : 'последния час'} (прагът е ${f.limit}).`,
    topLine: (r) => `- ${r.entityType}, ${r.path}: ${r.rows} записа, ${r.units} единици`,
    top: 'Какво е прочетено (всички заявки — в Настройки → Сигурност → Журнал на четенето):',
    lastAdmin: 'Профилът не е блокиран: това е последният активен администратор.',
  },
};

/** The alarm mail in the recipient's language (English for any other). */
export function alarmMail(locale: string, facts: AlarmMailFacts): { subject: string; text: string } {
  const t = TEXTS[locale as keyof typeof TEXTS] ?? TEXTS.en;
  const head = facts.kind === 'read' ? [t.read(facts)] : [t.what(facts), t.limit(facts)];
  const top = facts.top?.length ? [[t.top, ...facts.top.map(t.topLine)].join('\n')] : [];
  const outcome = facts.blocked ? t.blocked : facts.lastAdmin ? t.lastAdmin : t.notBlocked;
  return { subject: t.subject(facts), text: [...head, ...top, outcome].join('\n\n') };
}
