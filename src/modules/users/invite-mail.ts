/** Emails of the team module (invite, password reset) in the recipient's language. */

type Locale = 'en' | 'ru' | 'bg';
export type TeamMailKind = 'invite' | 'password_reset';

export interface TeamMailValues {
  /** The recipient's name. */
  name: string;
  /** Who sent it (an administrator), or null for the system. */
  inviter: string | null;
  workspace: string;
  link: string;
}

interface Template {
  subject: (v: TeamMailValues) => string;
  body: (v: TeamMailValues) => string[];
}

const TEMPLATES: Record<Locale, Record<TeamMailKind, Template>> = {
  en: {
    invite: {
      subject: (v) => `You are invited to ${v.workspace} in Kartoteka`,
      body: (v) => [
        `Hello ${v.name},`,
        `${v.inviter ?? 'An administrator'} has invited you to ${v.workspace} in Kartoteka.`,
        `Choose your password here (the link works for 7 days, once):`,
        v.link,
        `If you did not expect this email, ignore it.`,
      ],
    },
    password_reset: {
      subject: (v) => `Set a new password for ${v.workspace}`,
      body: (v) => [
        `Hello ${v.name},`,
        `${v.inviter ?? 'An administrator'} has asked Kartoteka to let you set a new password.`,
        `Choose it here (the link works for 24 hours, once):`,
        v.link,
        `Until you do, your current password keeps working. If you did not expect this email, tell your administrator.`,
      ],
    },
  },
  ru: {
    invite: {
      subject: (v) => `Приглашение в ${v.workspace} в Kartoteka`,
      body: (v) => [
        `Здравствуйте, ${v.name}!`,
        `${v.inviter ?? 'Администратор'} приглашает вас в ${v.workspace} в Kartoteka.`,
        `Придумайте пароль по ссылке (она действует 7 дней и один раз):`,
        v.link,
        `Если вы не ждали этого письма, просто не обращайте на него внимания.`,
      ],
    },
    password_reset: {
      subject: (v) => `Новый пароль для ${v.workspace}`,
      body: (v) => [
        `Здравствуйте, ${v.name}!`,
        `${v.inviter ?? 'Администратор'} запросил для вас смену пароля в Kartoteka.`,
        `Задайте новый пароль по ссылке (она действует 24 часа и один раз):`,
        v.link,
        `Пока вы этого не сделали, прежний пароль работает. Если вы не ждали этого письма, сообщите администратору.`,
      ],
    },
  },
  bg: {
    invite: {
      subject: (v) => `Покана за ${v.workspace} в Kartoteka`,
      body: (v) => [
        `Здравейте, ${v.name}!`,
        `${v.inviter ?? 'Администратор'} ви кани в ${v.workspace} в Kartoteka.`,
        `Изберете парола от връзката (валидна е 7 дни и само веднъж):`,
        v.link,
        `Ако не сте очаквали този имейл, просто го пренебрегнете.`,
      ],
    },
    password_reset: {
      subject: (v) => `Нова парола за ${v.workspace}`,
      body: (v) => [
        `Здравейте, ${v.name}!`,
        `${v.inviter ?? 'Администратор'} поиска за вас смяна на паролата в Kartoteka.`,
        `Задайте нова парола от връзката (валидна е 24 часа и само веднъж):`,
        v.link,
        `Докато не го направите, сегашната ви парола работи. Ако не сте очаквали този имейл, кажете на администратора.`,
      ],
    },
  },
};

function isLocale(value: string): value is Locale {
  return value === 'en' || value === 'ru' || value === 'bg';
}

/** Subject and plain-text body of a team email; an unknown locale falls back to English. */
export function teamMail(kind: TeamMailKind, locale: string, values: TeamMailValues): { subject: string; text: string } {
  const template = TEMPLATES[isLocale(locale) ? locale : 'en'][kind];
  return { subject: template.subject(values), text: `${template.body(values).join('\n\n')}\n` };
}
