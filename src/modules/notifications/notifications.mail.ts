/** The email of a notification, in the user's language, with times in the user's time zone. */

type Data = Record<string, unknown>;
type Texts = { subject: (d: Data, time: (iso: unknown) => string) => string; text: (d: Data, time: (iso: unknown) => string) => string };

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const minutes = (v: unknown): string => (typeof v === 'number' ? String(v) : '');

const TEXTS: Record<'en' | 'ru' | 'bg', Record<string, Texts>> = {
  en: {
    'task.reminder': {
      subject: (d) => `Reminder: ${str(d.title)}`,
      text: (d, time) => (d.dueAt ? `Reminder: "${str(d.title)}" is due ${time(d.dueAt)}.` : `Reminder: "${str(d.title)}".`),
    },
    'task.assigned': {
      subject: (d) => `New task: ${str(d.title)}`,
      text: (d, time) => `You have been given the task "${str(d.title)}"${d.dueAt ? `, due ${time(d.dueAt)}` : ''}.`,
    },
    'escalation.owner': {
      subject: (d) => `Not handled: ${str(d.title)}`,
      text: (d, time) => `"${str(d.title)}" has waited since ${time(d.startedAt)} and was not handled within ${minutes(d.minutes)} working minutes. Please take it up.`,
    },
    'escalation.head': {
      subject: (d) => `Escalated: ${str(d.title)}`,
      text: (d, time) => `"${str(d.title)}" of ${str(d.ownerName)} has waited since ${time(d.startedAt)} and is still not handled. It was escalated to you as the head of the department.`,
    },
  },
  ru: {
    'task.reminder': {
      subject: (d) => `Напоминание: ${str(d.title)}`,
      text: (d, time) => (d.dueAt ? `Напоминание: «${str(d.title)}», срок ${time(d.dueAt)}.` : `Напоминание: «${str(d.title)}».`),
    },
    'task.assigned': {
      subject: (d) => `Новая задача: ${str(d.title)}`,
      text: (d, time) => `Вам поручена задача «${str(d.title)}»${d.dueAt ? `, срок ${time(d.dueAt)}` : ''}.`,
    },
    'escalation.owner': {
      subject: (d) => `Не обработано: ${str(d.title)}`,
      text: (d, time) => `«${str(d.title)}» ждёт с ${time(d.startedAt)} и не обработано за ${minutes(d.minutes)} рабочих минут. Займитесь им, пожалуйста.`,
    },
    'escalation.head': {
      subject: (d) => `Эскалация: ${str(d.title)}`,
      text: (d, time) => `«${str(d.title)}» (ответственный: ${str(d.ownerName)}) ждёт с ${time(d.startedAt)} и всё ещё не обработано. Оно передано вам как руководителю отдела.`,
    },
  },
  bg: {
    'task.reminder': {
      subject: (d) => `Напомняне: ${str(d.title)}`,
      text: (d, time) => (d.dueAt ? `Напомняне: „${str(d.title)}“ е със срок ${time(d.dueAt)}.` : `Напомняне: „${str(d.title)}“.`),
    },
    'task.assigned': {
      subject: (d) => `Нова задача: ${str(d.title)}`,
      text: (d, time) => `Възложена ви е задачата „${str(d.title)}“${d.dueAt ? ` със срок ${time(d.dueAt)}` : ''}.`,
    },
    'escalation.owner': {
      subject: (d) => `Необработено: ${str(d.title)}`,
      text: (d, time) => `„${str(d.title)}“ чака от ${time(d.startedAt)} и не е обработено в рамките на ${minutes(d.minutes)} работни минути. Моля, поемете го.`,
    },
    'escalation.head': {
      subject: (d) => `Ескалация: ${str(d.title)}`,
      text: (d, time) => `„${str(d.title)}“ на ${str(d.ownerName)} чака от ${time(d.startedAt)} и все още не е обработено. Ескалирано е към вас като ръководител на отдела.`,
    },
  },
};

/**
 * The subject and text of a notification's email for a user, or null when the type has no email.
 * Times are written in the user's locale and time zone, with the zone's name.
 */
export function notificationMail(type: string, data: Data, user: { locale: string; time_zone: string }): { subject: string; text: string } | null {
  const locale = (Object.hasOwn(TEXTS, user.locale) ? user.locale : 'en') as keyof typeof TEXTS;
  const texts = TEXTS[locale];
  const t = Object.hasOwn(texts, type) ? texts[type] : undefined;
  if (!t) return null;
  // An all-day task is due on a day, not at its midnight: the day alone.
  const format = data.allDay === true
    ? new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: user.time_zone })
    : new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: user.time_zone, timeZoneName: 'short' });
  const time = (iso: unknown) => (typeof iso === 'string' && !Number.isNaN(Date.parse(iso)) ? format.format(new Date(iso)) : '');
  return { subject: t.subject(data, time), text: t.text(data, time) };
}
