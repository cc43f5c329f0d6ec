/** The demo workspace's staff: who they are, and the seed step that creates the missing ones. */
import * as usersService from '../users/users.service.js';
import type { DemoLocale } from '../../platform/demo/positions.js';
import type { DemoSeedContext, DemoSeedStep } from './seed-step.js';

export const DEMO_ADMIN_EMAIL = 'demo@kartoteka.local';
export const DEMO_PASSWORD = 'demo-password-2026';

export interface RosterEntry {
  role: 'admin' | 'head_of_sales' | 'manager' | 'marketer' | 'support_agent' | 'read_only';
  locale: DemoLocale;
}

/** A small sales company: a head of sales with three managers (one in the Sofia office), marketing, support. */
export const DEMO_ROSTER: readonly RosterEntry[] = [
  { role: 'admin', locale: 'ru' },
  { role: 'head_of_sales', locale: 'ru' },
  { role: 'manager', locale: 'ru' },
  { role: 'manager', locale: 'ru' },
  { role: 'manager', locale: 'bg' },
  { role: 'marketer', locale: 'ru' },
  { role: 'support_agent', locale: 'ru' },
  { role: 'support_agent', locale: 'en' },
  { role: 'read_only', locale: 'ru' },
];

const TIME_ZONE: Record<DemoLocale, string> = { ru: 'Europe/Moscow', bg: 'Europe/Sofia', en: 'Europe/London' };

/** The roster with generated names and sign-in emails; the administrator signs in as demo@kartoteka.local. */
export function demoStaff(ctx: Pick<DemoSeedContext, 'generator'>) {
  const people = ctx.generator.users(DEMO_ROSTER.length, { locales: DEMO_ROSTER.map((r) => r.locale) });
  return DEMO_ROSTER.map((entry, i) => {
    const person = people[i]!;
    return {
      role: entry.role,
      email: entry.role === 'admin' ? DEMO_ADMIN_EMAIL : person.email,
      name: person.displayName,
      locale: entry.locale,
      timeZone: TIME_ZONE[entry.locale],
    };
  });
}

/**
 * Creates the demo staff who are missing (by email, anywhere in the install) and fills
 * `ctx.users` with every demo user, found or created, for later steps to own records.
 */
export const demoUsersStep: DemoSeedStep = {
  name: 'users',
  async run(ctx) {
    let created = 0;
    for (const member of demoStaff(ctx)) {
      let user = await usersService.findUserByEmail(ctx.trx, member.email);
      if (!user) {
        user = await usersService.createUser(ctx.trx, ctx.actor, { ...member, password: ctx.password });
        created++;
      }
      // A demo email taken by someone in another workspace is left alone and owns nothing here.
      if (user.workspace_id === ctx.workspaceId) ctx.users.push(user);
    }
    return created;
  },
};
