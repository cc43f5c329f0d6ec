/** What an alarm mail says; `count` crossed `limit` within the last hour (so it is at least 2). */
export interface AlarmMailFacts {
  userName: string;
  userEmail: string;
  kind: 'view' | 'export';
  count: number;
  limit: number;
  blocked: boolean;
}

interface Texts {
  subject: (f: AlarmMailFacts) => string;
  what: (f: AlarmMailFacts) => string;
  limit: (f: AlarmMailFacts) => string;
  blocked: string;
  notBlocked: string;
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
  },
  ru: {
    subject: (f) => `Тревога безопасности: ${f.userName}`,
    what: (f) => f.kind === 'view'
      ? `${f.userName} (${f.userEmail}) открывает много карточек клиентов: ${f.count} за последний час.`
      : `${f.userName} (${f.userEmail}) выгружает много записей: ${f.count} за последний час.`,
    limit: (f) => `Порог тревоги — ${f.limit} в час.`,
    blocked: 'Учётная запись заблокирована, пока администратор её не разблокирует (Настройки → Пользователи).',
    notBlocked: 'Учётная запись не заблокирована. Проверьте по журналу аудита, ожидаема ли эта работа.',
  },
  bg: {
    subject: (f) => `Сигнал за сигурност: ${f.userName}`,
    what: (f) => f.kind === 'view'
      ? `${f.userName} (${f.userEmail}) отвори ${f.count} клиентски картона през последния час.`
      : `${f.userName} (${f.userEmail}) изнесе ${f.count} записа през последния час.`,
    limit: (f) => `Прагът за сигнал е ${f.limit} на час.`,
    blocked: 'Профилът е блокиран, докато администратор не го отблокира (Настройки → Потребители).',
    notBlocked: 'Профилът не е блокиран. Проверете в журнала за одит дали тази работа е очаквана.',
  },
};

/** The alarm mail in the recipient's language (English for any other). */
export function alarmMail(locale: string, facts: AlarmMailFacts): { subject: string; text: string } {
  const t = TEXTS[locale as keyof typeof TEXTS] ?? TEXTS.en;
  return { subject: t.subject(facts), text: [t.what(facts), t.limit(facts), facts.blocked ? t.blocked : t.notBlocked].join('\n\n') };
}
